using System.Reflection;

namespace Streams.Silo.Hosting;

/// <summary>
/// Serves the brand dashboard (a small static page embedded in this assembly) at <c>/</c>. The page
/// holds no data: it asks the API with the key the user enters, so it is served without a key.
/// </summary>
public static class BrandDashboardPage
{
    private const string ResourcePrefix = "page/";

    public static void MapBrandDashboardPage(this IEndpointRouteBuilder app)
    {
        var assembly = typeof(BrandDashboardPage).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var file = name[ResourcePrefix.Length..];
            var content = Read(assembly, name);
            var contentType = ContentTypeOf(file);
            IResult Serve(HttpContext context)
            {
                context.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(content, contentType);
            }
            app.MapGet("/" + file, Serve).ExcludeFromDescription().AllowAnonymous();
            if (file == "index.html")
            {
                app.MapGet("/", Serve).ExcludeFromDescription().AllowAnonymous();
            }
        }
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
