namespace MeetingBot.Slack.Inbound;

/// <summary>What a Slack request came as; it decides how the bot can answer (a slash command has a response_url, a DM is private already).</summary>
public enum SlackRequestKind
{
    SlashCommand,

    /// <summary>An @mention in a channel, or a message in the bot's own DM.</summary>
    Message,

    /// <summary>A click or an input on one of the bot's messages.</summary>
    Action,
}

/// <summary>Where a Slack request came from and how to answer it.</summary>
/// <param name="RequestId">Identifies the request across redeliveries (a trigger id, an event id).</param>
/// <param name="ThreadTs">The thread the request was made in, where answers go.</param>
/// <param name="IsBotDirectMessage">The conversation is the bot's own DM with the user: every answer is private already.</param>
public sealed record SlackRequestOrigin(
    SlackRequestKind Kind,
    string TeamId,
    string ChannelId,
    string UserId,
    string RequestId,
    string? ThreadTs = null,
    string? ResponseUrl = null,
    bool IsBotDirectMessage = false);
