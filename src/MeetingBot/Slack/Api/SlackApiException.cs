namespace MeetingBot.Slack.Api;

/// <summary>
/// A Slack Web API call (or a <c>response_url</c> post) that did not succeed: Slack's own <c>error</c> code when it
/// answered <c>ok: false</c>, else a code naming what happened on the wire (<c>http_503</c>, <c>timeout</c>,
/// <c>connection_failed</c>). The message never holds a token or a URL.
/// </summary>
public sealed class SlackApiException(string method, string error, bool isTransient, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception($"Slack {method} failed: {error}", inner)
{
    /// <summary>The Web API method, e.g. <c>chat.update</c>, or <c>response_url</c>.</summary>
    public string Method { get; } = method;

    /// <summary>Slack's error code (<c>invalid_auth</c>, <c>ratelimited</c>, <c>channel_not_found</c>, …) or <c>http_503</c>, <c>timeout</c>, ….</summary>
    public string Error { get; } = error;

    /// <summary>Whether the same call may succeed later: throttling, server errors, timeouts, no connection.</summary>
    public bool IsTransient { get; } = isTransient;

    /// <summary>How long Slack asked to wait before calling this method again (<c>Retry-After</c> of a 429).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The token is missing, wrong, revoked or its app uninstalled: nothing works until an admin acts.</summary>
    public bool IsAuthFailure => SlackErrorCodes.IsAuthFailure(Error);
}
