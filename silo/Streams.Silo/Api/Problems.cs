namespace Streams.Silo.Api;

/// <summary>RFC 7807 problem details for the API's errors, so every error has the same shape.</summary>
public static class Problems
{
    public static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static IResult BadRequest(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    public static IResult Forbidden(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: title, detail: detail);

    /// <summary>The answer when a key's brands do not include the one asked for.</summary>
    public static IResult NotYourBrand(string brandId) =>
        Forbidden("Brand not in this key's scope", $"This API key may not read brand '{brandId}'.");

    public static IResult Invalid(string title, IReadOnlyList<string> errors) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: title,
            detail: string.Join("; ", errors),
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
