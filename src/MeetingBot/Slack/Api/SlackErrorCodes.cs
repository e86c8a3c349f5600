namespace MeetingBot.Slack.Api;

/// <summary>What Slack's error codes mean for the caller (reference §5, "Error codes worth mapping").</summary>
internal static class SlackErrorCodes
{
    public const string RateLimited = "ratelimited";
    public const string Timeout = "timeout";
    public const string ConnectionFailed = "connection_failed";
    public const string UserNotFound = "user_not_found";

    public static bool IsAuthFailure(string error) =>
        error is "not_authed" or "invalid_auth" or "account_inactive" or "token_revoked" or "token_expired";

    /// <summary>Slack's own "try again later" codes (<c>fatal_error</c> may have partly succeeded, but the answer is still a retry).</summary>
    public static bool IsTransient(string error) =>
        error is "request_timeout" or "internal_error" or "fatal_error" or "service_unavailable" or RateLimited;

    public static string ForHttpStatus(int status) => "http_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsTransientStatus(int status) => status is 408 or 429 or >= 500;
}
