using System.Net;
using System.Text.Json;
using MeetingBot.Conferencing;
using MeetingBot.TrueConf.Wire;

namespace MeetingBot.TrueConf.Errors;

/// <summary>Turns a non-success TrueConf answer into a typed error: HTTP status first, then the server's reason.</summary>
internal static class TrueConfErrorReader
{
    public const string AccessTokenInvalid = "accessTokenInvalid";

    /// <summary>The reason of a 404 for a path the API does not have (as opposed to <c>conferenceNotFound</c> and the like).</summary>
    private const string PathNotFound = "notFound";

    private const int TooManyRequests = 429;

    public static TrueConfException FromApiResponse(int statusCode, string body)
    {
        var error = TryReadApiError(body);
        if (statusCode == TooManyRequests)
        {
            return new TrueConfBusyException($"TrueConf answered {statusCode} {ReasonPhrase(statusCode)}", statusCode);
        }

        if (statusCode >= 500 || statusCode is 408)
        {
            var detail = error?.Errors is { Count: > 0 } details ? details[0].Message : error?.Message;
            return new TrueConfUnavailableException($"TrueConf answered {statusCode} {detail ?? ReasonPhrase(statusCode)}", statusCode);
        }

        var first = error?.Errors is { Count: > 0 } items ? items[0] : null;
        var reason = first?.Reason;
        if (statusCode == 404 && (error is null || reason == PathNotFound))
        {
            // Not "no such conference": the API itself is not at this address (a wrong version or proxy route).
            // Taken for NotFound it would make every meeting look deleted and ended.
            return new TrueConfUnavailableException("TrueConf answered 404 for the API path itself; check TrueConf:ServerUrl and TrueConf:ApiVersion", statusCode);
        }

        if (error is null)
        {
            return new TrueConfApiException(FailureFor(statusCode, null), statusCode, null, ReasonPhrase(statusCode), null);
        }

        return new TrueConfApiException(FailureFor(statusCode, reason), statusCode, reason, first?.Message ?? error.Message, first?.Location);
    }

    public static TrueConfException FromTokenResponse(int statusCode, string body)
    {
        if (statusCode == TooManyRequests)
        {
            return new TrueConfBusyException($"The TrueConf token endpoint answered {statusCode} {ReasonPhrase(statusCode)}", statusCode);
        }

        if (statusCode >= 500 || statusCode is 408)
        {
            return new TrueConfUnavailableException($"The TrueConf token endpoint answered {statusCode} {ReasonPhrase(statusCode)}", statusCode);
        }

        // Token failures come in the RFC 6749 shape, but TrueConf's own scripts also see a top-level
        // "reason" or an "error.message" (reference §3.2): read all three.
        string? code = null;
        string? description = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("error", out var error))
                {
                    if (error.ValueKind == JsonValueKind.String)
                    {
                        code = error.GetString();
                    }
                    else if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message))
                    {
                        description = message.GetString();
                    }
                }

                if (root.TryGetProperty("error_description", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    description = text.GetString();
                }

                if (code is null && root.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.String)
                {
                    code = reason.GetString();
                }
            }
        }
        catch (JsonException)
        {
            description = ReasonPhrase(statusCode);
        }

        return new TrueConfCredentialsException(statusCode, code, description);
    }

    private static ConferencingFailure FailureFor(int statusCode, string? reason) => statusCode switch
    {
        401 => ConferencingFailure.CredentialsRejected,
        403 when reason == AccessTokenInvalid => ConferencingFailure.CredentialsRejected,
        403 => ConferencingFailure.PermissionDenied,
        404 => ConferencingFailure.NotFound,
        _ => ConferencingFailure.Rejected,
    };

    private static ApiErrorBody? TryReadApiError(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                ? error.Deserialize(TrueConfJsonContext.Default.ApiErrorBody)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ReasonPhrase(int statusCode) =>
        Enum.IsDefined(typeof(HttpStatusCode), statusCode) ? ((HttpStatusCode)statusCode).ToString() : "error";
}
