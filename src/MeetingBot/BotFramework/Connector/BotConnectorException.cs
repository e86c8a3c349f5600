namespace MeetingBot.BotFramework.Connector;

/// <summary>A Connector call failed; <see cref="StatusCode"/> is null when no answer came.</summary>
public sealed class BotConnectorException(string message, int? statusCode = null, string? errorCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    /// <summary>The Connector's <c>error.code</c>, e.g. <c>BotNotInConversationRoster</c>.</summary>
    public string? ErrorCode { get; } = errorCode;
}
