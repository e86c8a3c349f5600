using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>The fields of a token request, from a form or JSON body, client credentials also from HTTP Basic.</summary>
internal sealed record TokenRequest(string? GrantType, string? ClientId, string? ClientSecret)
{
    /// <summary>The authorization code: <c>code</c> on the v1 endpoint, <c>auth_code</c> on v4's (reference §2).</summary>
    public string? Code { get; init; }

    public string? RedirectUri { get; init; }

    public string? CodeVerifier { get; init; }

    public static async Task<TokenRequest> ReadAsync(HttpRequest request)
    {
        var body = await ReadBodyAsync(request);
        var basic = ReadBasic(request);
        return new TokenRequest(
            Field(body, "grant_type"),
            basic?.ClientId ?? Field(body, "client_id"),
            basic?.ClientSecret ?? Field(body, "client_secret"))
        {
            Code = Field(body, "code") ?? Field(body, "auth_code"),
            RedirectUri = Field(body, "redirect_uri"),
            CodeVerifier = Field(body, "code_verifier"),
        };
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
        }

        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new Dictionary<string, string>();
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? new Dictionary<string, string>()
                : document.RootElement.EnumerateObject()
                    .Where(property => property.Value.ValueKind == JsonValueKind.String)
                    .ToDictionary(property => property.Name, property => property.Value.GetString()!);
        }
        catch (JsonException)
        {
            // An unreadable body carries no fields: the request fails as "grant type not specified".
            return new Dictionary<string, string>();
        }
    }

    private static (string ClientId, string ClientSecret)? ReadBasic(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Basic ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[scheme.Length..].Trim()));
            var colon = decoded.IndexOf(':');
            // RFC 6749 §2.3.1: both parts are form-url-encoded before Base64.
            return colon < 0
                ? null
                : (WebUtility.UrlDecode(decoded[..colon]), WebUtility.UrlDecode(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? Field(IReadOnlyDictionary<string, string> body, string name) =>
        body.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
