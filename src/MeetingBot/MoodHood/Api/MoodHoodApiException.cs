using MeetingBot.Conferencing;

namespace MeetingBot.MoodHood.Api;

/// <summary>
/// A failed MoodHood call, carrying what the server said about it. Its text goes to the log and its
/// <see cref="ServerReason"/> to users: both are cleaned of tokens, secrets and e-mail addresses where they are made.
/// </summary>
public sealed class MoodHoodApiException(
    ConferencingFailure failure, string message, int? statusCode = null, string? code = null, string? serverMessage = null,
    TimeSpan? retryAfter = null, Exception? inner = null)
    : ConferencingException(failure, message, inner)
{
    /// <summary>HTTP status of the answer, when there was one.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>The server's machine-readable code (<c>NOT_FOUND</c>, <c>VALIDATION_ERROR</c>, <c>invalid_grant</c>, …).</summary>
    public string? Code { get; } = code;

    /// <summary>How long the server asked the bot to wait (429/503 with <c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public override string? ServerReason { get; } = serverMessage;
}
