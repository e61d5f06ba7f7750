namespace Streams.Silo.Api;

/// <summary>RFC 7807 problem details for the API's errors, so every error has the same shape.</summary>
public static class Problems
{
    public static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static IResult BadRequest(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    public static IResult Invalid(string title, IReadOnlyList<string> errors) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: title,
            detail: string.Join("; ", errors),
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
