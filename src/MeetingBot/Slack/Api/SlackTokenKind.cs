namespace MeetingBot.Slack.Api;

/// <summary>Which of the two tokens a Web API call carried; named by its configuration key in messages.</summary>
internal enum SlackTokenKind
{
    Bot,
    App,
}

internal static class SlackTokenKindNames
{
    public static string ConfigurationKey(this SlackTokenKind kind) => kind == SlackTokenKind.Bot ? "Slack:BotToken" : "Slack:AppToken";
}
