namespace MeetingBot.Slack.Inbound;

/// <summary>A slash command (<c>/meet …</c>): form fields over HTTP, the same names as JSON over Socket Mode.</summary>
/// <param name="TriggerId">Unique per invocation: the command's de-duplication key.</param>
public sealed record SlackSlashCommand(
    string TeamId,
    string ChannelId,
    string UserId,
    string Command,
    string Text,
    string ResponseUrl,
    string TriggerId,
    string? EnterpriseId = null,
    string? ChannelName = null,
    string? UserName = null,
    string? ApiAppId = null);
