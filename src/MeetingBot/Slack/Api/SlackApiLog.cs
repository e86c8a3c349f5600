using Microsoft.Extensions.Logging;

namespace MeetingBot.Slack.Api;

/// <summary>What the Web API client tells operators (event ids 52xx). Never a token, a URL or a payload.</summary>
internal static partial class SlackApiLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Error,
        Message = "Slack rejected {ConfigurationKey} ({Error} on {Method}): Slack replies stop until the app is reinstalled or a valid token is configured")]
    public static partial void TokenRejected(ILogger logger, string configurationKey, string error, string method);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Slack accepts {ConfigurationKey} again")]
    public static partial void TokenAcceptedAgain(ILogger logger, string configurationKey);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Slack rate-limited {Method}: no call to it for {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string method, TimeSpan retryAfter);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Debug, Message = "Slack answered {Method} with {Error}, an outcome rather than a failure (the Calls API answers so)")]
    public static partial void AnsweredWithError(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Debug, Message = "Slack warned on {Method}: {Warning}")]
    public static partial void Warned(ILogger logger, string method, string warning);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Debug, Message = "Slack {Method} failed ({Error}); reading once more")]
    public static partial void RetryingRead(ILogger logger, string method, string error);
}
