using System.Net;
using System.Text.Json;
using MeetingBot.Conferencing;
using MeetingBot.MoodHood.Wire;

namespace MeetingBot.MoodHood.Api;

/// <summary>Turns a non-success MoodHood answer into a typed error: HTTP status first, then the server's words (§8).</summary>
internal static class MoodHoodErrorReader
{
    private const int TooManyRequests = 429;

    public static MoodHoodApiException FromApiResponse(int statusCode, string body, TimeSpan? retryAfter, IEnumerable<string?> secrets)
    {
        var error = TryRead(body);
        var code = error?.Code ?? error?.Error;
        var said = MoodHoodRedaction.Clean(error?.Message ?? error?.ErrorDescription, secrets);
        var failure = statusCode switch
        {
            TooManyRequests or 503 => ConferencingFailure.Busy,
            >= 500 or 408 => ConferencingFailure.Unreachable,
            401 => ConferencingFailure.CredentialsRejected,
            403 => ConferencingFailure.PermissionDenied,
            404 => ConferencingFailure.NotFound,
            _ => ConferencingFailure.Rejected,
        };

        // Only refusals of the request itself carry a reason worth showing a user; the rest go to the log.
        var reason = failure == ConferencingFailure.Rejected ? said : null;
        var wait = retryAfter is { } delay ? $", retry after {delay.TotalSeconds:0} s" : string.Empty;
        return new MoodHoodApiException(
            failure, $"MoodHood answered {statusCode} {code ?? ReasonPhrase(statusCode)}: {said ?? ReasonPhrase(statusCode)}{wait}",
            statusCode, code, reason, failure == ConferencingFailure.Busy ? retryAfter : null);
    }

    /// <summary>The token endpoint's refusal (OAuth2 shape): wrong client or account credentials unless the server is down or busy.</summary>
    public static MoodHoodApiException FromTokenResponse(int statusCode, string body, TimeSpan? retryAfter, IEnumerable<string?> secrets)
    {
        if (statusCode is TooManyRequests or 503 or 408 || statusCode >= 500)
        {
            return FromApiResponse(statusCode, body, retryAfter, secrets);
        }

        var error = TryRead(body);
        var code = error?.Error ?? error?.Code;
        var said = MoodHoodRedaction.Clean(error?.ErrorDescription ?? error?.Message, secrets) ?? ReasonPhrase(statusCode);
        return new MoodHoodApiException(
            ConferencingFailure.CredentialsRejected, $"MoodHood refused the bot's credentials ({statusCode} {code}: {said})", statusCode, code);
    }

    private static ErrorAnswer? TryRead(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, MoodHoodJsonContext.Default.ErrorAnswer);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ReasonPhrase(int statusCode) =>
        Enum.IsDefined(typeof(HttpStatusCode), statusCode) ? ((HttpStatusCode)statusCode).ToString() : "error";
}
