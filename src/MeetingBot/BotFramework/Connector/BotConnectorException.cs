namespace MeetingBot.BotFramework.Connector;

/// <summary>A Connector call failed; <see cref="StatusCode"/> is null when no answer came.</summary>
public sealed class BotConnectorException(string message, int? statusCode = null, string? errorCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    /// <summary>The Connector's <c>error.code</c>, e.g. <c>BotNotInConversationRoster</c>.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>How long the Connector asked the bot to wait (<c>Retry-After</c>), if it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Whether sending again later may succeed: no answer, a server error, throttling or a timeout.</summary>
    public bool IsTransient => StatusCode is null or 408 or 412 or 429 or >= 500;
}
