using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework.Auth;

/// <summary>Log messages of inbound channel authentication (event ids 1100–1109). Never logs a token.</summary>
internal static partial class ChannelAuthLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning,
        Message = "Inbound channel request rejected: {Reason} (authority: {Authority})")]
    public static partial void Rejected(ILogger logger, string reason, string authority);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug,
        Message = "Inbound channel request authenticated by {Authority}")]
    public static partial void Authenticated(ILogger logger, string authority);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error,
        Message = "Inbound channel request rejected: signing keys from {MetadataAddress} are unavailable")]
    public static partial void KeysUnavailable(ILogger logger, string metadataAddress, Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error,
        Message = "Inbound channel request rejected: unexpected error during authentication")]
    public static partial void UnexpectedError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning,
        Message = "Inbound channel authentication is OFF (anonymous mode, no MicrosoftAppId): every request is accepted")]
    public static partial void AnonymousMode(ILogger logger);
}
