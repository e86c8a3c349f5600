using MeetingBot.Localization;

namespace MeetingBot.Slack;

/// <summary>Words only the Slack channel says (the meeting words are the core's <see cref="Meetings.BotTexts"/>).</summary>
internal static class SlackTexts
{
    public static string WebApiDown => Texts.Format("Slack.WebApiDown");
}
