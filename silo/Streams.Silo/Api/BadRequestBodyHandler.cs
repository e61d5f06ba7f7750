using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Streams.Silo.Api;

/// <summary>
/// Turns a request that ASP.NET Core could not bind (malformed JSON, a value of the wrong type, a body that is not
/// JSON) into a problem that says what was wrong and where. Without it the framework answers a bare 400 with no
/// detail, and a caller of <c>POST /api/brands</c> cannot tell a missing comma from a number sent as a string.
/// Needs <c>RouteHandlerOptions.ThrowOnBadRequest</c>, so that binding failures reach the exception handler.
/// </summary>
public sealed class BadRequestBodyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false; // Anything else is a server error, answered as one by the default handler.
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        var json = bad.InnerException as JsonException;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = json is null ? "Bad request" : "Invalid JSON body",
                Detail = json is null ? bad.Message : JsonBodyError.Describe(json),
            },
        });
    }
}
