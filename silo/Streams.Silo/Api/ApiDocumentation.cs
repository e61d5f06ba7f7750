using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

/// <summary>
/// Fills in what the OpenAPI generator cannot infer: the API key schemes, the NDJSON ingest body,
/// and request and response examples taken from the README's contract.
/// </summary>
public static class ApiDocumentation
{
    private const string Problem404 = """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Unknown brand","status":404,"detail":"No brand with id 'acme' is registered."}""";
    private const string Problem403 = """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.4","title":"Brand not in this key's scope","status":403,"detail":"This API key may not read brand 'acme'."}""";
    private const string Escalation = """{"id":"acme:p1","brandId":"acme","postId":"p1","authorId":"u1","severity":2,"score":64.2,"reasons":["23 reshares in 10 minutes (31 in total)","author has 48k followers","negative sentiment -0.72"],"status":"open","raisedAt":"2026-11-22T10:12:00Z","processedAt":"2026-11-22T10:12:00.4Z","resolvedAt":null,"updatedAt":"2026-11-22T10:12:00.4Z","revision":1,"virality":58.1,"authorFollowers":48000,"reach":120000,"reshares":31,"postText":"@AcmeHelp charged twice and nobody answers"}""";
    private const string Brand = """{"id":"acme","name":"Acme","handles":[{"platform":null,"handle":"AcmeHelp"}],"aliases":["acme corp"],"languages":["en"],"responseTargetMinutes":60,"escalation":{"negativeSentiment":-0.05,"minReshares":3,"threshold":25,"severity3":40,"severity2":60,"severity1":80},"mentionCount":1200,"ownPostCount":40,"mentionsLastHour":310,"mentionsPerMinute":[4,6,5],"mentionsPerHour":[280,310],"sentiment":{"negative":400,"neutral":500,"positive":300,"average":-0.04},"answeredCount":700,"responseRate":0.5833,"firstResponseP50Seconds":840,"firstResponseP90Seconds":3300,"openEscalations":1,"topAuthors":[{"authorId":"u1","handle":"jane","influence":61.5,"followers":48000}],"topPosts":[{"postId":"p1","virality":58.1,"reshares":31,"reach":120000,"text":"@AcmeHelp charged twice and nobody answers"}],"lastEventAt":"2026-11-22T10:20:00Z"}""";

    private static readonly Dictionary<string, ApiExample> Examples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["POST api/ingest"] = new(
            """
            {"kind":"post","id":"p1","platform":"twitter","createdAt":"2026-11-22T10:00:00Z","author":{"id":"u1","handle":"jane","followers":1200},"text":"@AcmeHelp charged twice","lang":"en"}
            {"kind":"repost","id":"r1","postId":"p1","createdAt":"2026-11-22T10:01:00Z","author":{"id":"u2","followers":300}}
            {"kind":"tweet","id":"x"}
            """,
            new Dictionary<string, string>
            {
                ["200"] = """{"accepted":2,"rejected":[{"line":3,"error":"kind must be one of post, repost, like (got 'tweet')"}]}""",
                ["503"] = """{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.4","title":"Pipeline saturated","status":503,"detail":"250000 events are in flight (limit 250000). Nothing from this request was accepted; send it again after the Retry-After delay."}""",
            }),
        ["POST api/brands"] = new(
            """{"id":"acme","name":"Acme","handles":["@AcmeHelp",{"platform":"twitter","handle":"acme"}],"aliases":["acme corp"],"languages":["en"],"responseTargetMinutes":60,"escalation":{"minReshares":3,"threshold":25}}""",
            new Dictionary<string, string>
            {
                ["201"] = Brand,
                ["400"] = """{"title":"Invalid brand","status":400,"detail":"name is required","errors":["name is required"]}""",
            }),
        ["POST api/brands/preview"] = new(
            """{"brand":{"id":"orange","name":"Orange","query":"orange NEAR/3 (forfait OR fibre) -jus"},"posts":[{"text":"ma fibre orange en panne depuis hier"},{"text":"un jus d'orange","lang":"fr","platform":"forum","author":{"handle":"jane","followers":1200,"verified":false}}]}""",
            new Dictionary<string, string>
            {
                ["200"] = """{"brandId":"orange","matched":1,"posts":[{"index":0,"matched":true,"ownPost":false,"language":"french","sentiment":-0.9,"sentimentLabel":"negative","topics":["outage-technical"],"intents":["complaint"],"sentimentRules":["plainComplaint"]},{"index":1,"matched":false,"ownPost":false,"language":"french","sentiment":0.0,"sentimentLabel":"neutral","topics":[],"intents":[],"sentimentRules":[]}]}""",
                ["400"] = """{"title":"Invalid preview; no post was read","status":400,"detail":"brand: query at position 19: expected ')' to close the '(' at position 11; posts[1]: missing field 'text'","errors":["brand: query at position 19: expected ')' to close the '(' at position 11","posts[1]: missing field 'text'"]}""",
            }),
        ["POST api/brands/backtest"] = new(
            """{"id":"orange","name":"Orange","query":"orange AND (fibre OR réseau)"}""",
            new Dictionary<string, string>
            {
                ["200"] = """{"brandId":"orange","registered":true,"scanned":160000,"matched":1240,"matchedLive":1310,"added":85,"dropped":155,"oldest":"2026-11-22T08:00:00Z","newest":"2026-11-22T10:20:00Z","addedSamples":[{"postId":"p9","createdAt":"2026-11-22T10:19:00Z","authorHandle":"jane","platform":"twitter","language":"french","text":"plus de réseau orange depuis ce matin"}],"droppedSamples":[{"postId":"p4","createdAt":"2026-11-22T10:18:00Z","authorHandle":"bob","platform":"twitter","language":"french","text":"mon forfait Orange a encore augmenté"}],"notes":[]}""",
                ["400"] = """{"title":"Invalid backtest","status":400,"detail":"posts must be between 1 and 200,000 (got 0)","errors":["posts must be between 1 and 200,000 (got 0)"]}""",
            }),
        ["GET api/brands"] = new(null, new Dictionary<string, string> { ["200"] = "[" + Brand + "]" }),
        ["GET api/brands/{id}"] = new(null, new Dictionary<string, string> { ["200"] = Brand, ["403"] = Problem403, ["404"] = Problem404 }),
        ["GET api/brands/{id}/escalations"] = new(null, new Dictionary<string, string> { ["200"] = "[" + Escalation + "]", ["403"] = Problem403, ["404"] = Problem404 }),
        ["GET api/brands/{id}/dashboard"] = new(null, new Dictionary<string, string>
        {
            ["200"] = "{\"brand\":" + Brand + ",\"eventTime\":\"2026-11-22T10:20:00Z\",\"escalations\":[{\"escalation\":" + Escalation + ",\"authorHandle\":\"jane\",\"authorInfluence\":61.5,\"postedAt\":\"2026-11-22T10:02:00Z\",\"minutesUnanswered\":18}],\"fastestSpreading\":[{\"postId\":\"p1\",\"text\":\"@AcmeHelp charged twice and nobody answers\",\"authorId\":\"u1\",\"authorHandle\":\"jane\",\"authorFollowers\":48000,\"platform\":\"twitter\",\"virality\":58.1,\"reshares\":31,\"reach\":120000,\"sentiment\":-0.72,\"answered\":false}],\"worthResharing\":[]}",
            ["403"] = Problem403,
        }),
        ["GET api/escalations/stream"] = new(null, new Dictionary<string, string>
        {
            ["200"] = "id: acme:p1#1\nevent: escalation\ndata: " + Escalation + "\n\n",
        }),
        ["GET api/posts/{id}"] = new(null, new Dictionary<string, string>
        {
            ["200"] = """{"id":"p1","seen":true,"brands":["acme"],"platform":"twitter","authorId":"u1","authorHandle":"jane","authorFollowers":48000,"createdAt":"2026-11-22T10:02:00Z","text":"@AcmeHelp charged twice and nobody answers","language":"english","sentiment":-0.72,"virality":58.1,"reach":120000,"reposts":29,"quotes":2,"replies":4,"likes":80,"answered":false,"answers":[],"ownerBrand":null,"inReplyTo":null,"quoteOf":null,"escalations":[],"lastEventAt":"2026-11-22T10:20:00Z"}""",
            ["404"] = """{"title":"Unknown post","status":404,"detail":"No post with id 'p1' has been seen."}""",
        }),
        ["POST api/posts/{id}/answer"] = new(
            """{"brandId":"acme","at":"2026-11-22T10:25:00Z"}""",
            new Dictionary<string, string>
            {
                ["200"] = """{"postId":"p1","outcome":"answered"}""",
                ["400"] = """{"title":"Not about this brand","status":400,"detail":"Post 'p1' is not about brand 'other'."}""",
                ["404"] = """{"title":"Unknown post","status":404,"detail":"No post with id 'p1' has been seen."}""",
            }),
        ["GET api/customers/{id}"] = new(null, new Dictionary<string, string>
        {
            ["200"] = """{"id":"u1","handle":"jane","followers":48000,"verified":false,"influence":61.5,"amplification":12.3,"postCount":7,"brands":{"acme":7},"sentimentMean":-0.31,"sentimentRecent":-0.6,"sentimentDirection":-0.2,"recentSentiment":[{"at":"2026-11-22T10:02:00Z","sentiment":-0.72}],"openComplaints":[{"postId":"p1","brands":["acme"],"at":"2026-11-22T10:02:00Z","sentiment":-0.72}],"firstSeen":"2026-11-20T08:00:00Z","lastSeen":"2026-11-22T10:02:00Z"}""",
        }),
        ["GET api/status"] = new(null, new Dictionary<string, string>
        {
            ["200"] = """{"accepted":120000,"processed":119500,"inFlight":500,"settled":false,"silos":1,"partitions":8}""",
        }),
    };

    public static Task DescribeDocumentAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Streams API";
        document.Info.Description =
            "Real-time social customer care on Orleans. Every /api endpoint needs an API key, sent as the X-Api-Key header or as a bearer token. " +
            "Scopes: ingest (POST /api/ingest), read (a set of brands: brands, escalations, posts, customers, the live feed), admin (everything, and brand registration). " +
            "Errors are RFC 7807 problem details (application/problem+json).";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            In = ParameterLocation.Header,
            Description = "An API key from Streams:ApiKeys or STREAMS_ADMIN_KEY.",
        };
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The same API key, as a bearer token.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] });
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }

    public static Task AddExamplesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var key = $"{context.Description.HttpMethod} {context.Description.RelativePath}";
        if (!Examples.TryGetValue(key, out var example))
        {
            return Task.CompletedTask;
        }
        if (example.Request is { } request)
        {
            var ndjson = key == "POST api/ingest";
            var mediaType = ndjson ? "application/x-ndjson" : "application/json";
            if (operation.RequestBody is null)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = ndjson,
                    Description = ndjson ? "Mention events, one JSON object per line (the event contract)." : null,
                    Content = new Dictionary<string, OpenApiMediaType>(),
                };
            }
            var content = operation.RequestBody.Content ?? throw new InvalidOperationException($"{key}: request body without content");
            if (!content.TryGetValue(mediaType, out var media))
            {
                media = new OpenApiMediaType { Schema = new OpenApiSchema { Type = ndjson ? JsonSchemaType.String : JsonSchemaType.Object } };
                content[mediaType] = media;
            }
            media.Example = ndjson ? JsonValue.Create(request.ReplaceLineEndings("\n")) : JsonNode.Parse(request);
        }
        foreach (var (status, body) in example.Responses)
        {
            if (operation.Responses?.TryGetValue(status, out var response) != true || response!.Content is not { } contents)
            {
                continue;
            }
            foreach (var (mediaType, media) in contents)
            {
                media.Example = mediaType.Contains("json", StringComparison.Ordinal) ? JsonNode.Parse(body) : JsonValue.Create(body);
            }
        }
        return Task.CompletedTask;
    }
}
