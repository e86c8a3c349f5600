namespace MeetingBot.Slack;

/// <summary>Words only the Slack channel says (the meeting words are the core's <see cref="Meetings.BotTexts"/>).</summary>
internal static class SlackTexts
{
    public const string WebApiDown = "Slack isn't answering me right now, so I couldn't do that. Please try again in a minute.";
}
