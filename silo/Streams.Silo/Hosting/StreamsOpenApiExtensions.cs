using Streams.Silo.Api;

namespace Streams.Silo.Hosting;

/// <summary>The OpenAPI description of the HTTP API, served at <see cref="DocumentPath"/> without a key.</summary>
public static class StreamsOpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddStreamsOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer(ApiDocumentation.DescribeDocumentAsync);
            o.AddOperationTransformer(ApiDocumentation.AddExamplesAsync);
        });

    public static void MapStreamsOpenApi(this IEndpointRouteBuilder app) =>
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
}
