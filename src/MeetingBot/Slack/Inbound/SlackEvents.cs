namespace MeetingBot.Slack.Inbound;

/// <summary>Which Events API events are work for the bot.</summary>
internal static class SlackEvents
{
    /// <summary>
    /// A person's @mention, a person's message in the bot's DM, or the Home tab opened. Never a bot's message (the
    /// bot's own posts carry <c>bot_id</c>: answering them would loop) nor an edit, a deletion or another subtype.
    /// </summary>
    public static bool GivesWork(SlackEvent slackEvent) => slackEvent switch
    {
        { Type: "app_home_opened", Tab: "home", User: not null } => true,
        { BotId: not null } or { Subtype: not null } or { User: null } or { Channel: null } => false,
        { Type: "app_mention" } => true,
        { Type: "message", ChannelType: "im" } => true,
        _ => false,
    };
}
