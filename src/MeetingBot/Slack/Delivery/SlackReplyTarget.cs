namespace MeetingBot.Slack.Delivery;

/// <summary>How a Slack message is sent.</summary>
public enum SlackSendKind
{
    /// <summary><c>chat.postMessage</c> into <see cref="SlackReplyTarget.Channel"/> (a thread when <see cref="SlackReplyTarget.ThreadTs"/> is set).</summary>
    Post,

    /// <summary><c>chat.update</c> of the message <see cref="SlackReplyTarget.Ts"/>.</summary>
    Update,

    /// <summary><c>chat.postEphemeral</c>: only <see cref="SlackReplyTarget.User"/> sees it.</summary>
    Ephemeral,

    /// <summary>A post to the request's <see cref="SlackReplyTarget.ResponseUrl"/>.</summary>
    Response,
}

/// <summary>Where an outbox message for Slack goes; its body is the JSON that method takes.</summary>
/// <param name="FallbackResponseUrl">
/// For a post: where to send it instead when the bot may not post in the channel (a private channel or a DM it is
/// not in, where a slash command still works), visible to the channel.
/// </param>
/// <param name="FallbackEphemeralChannel">
/// For a direct message to <see cref="User"/>: the channel where it goes as an ephemeral message to them instead when
/// the DM cannot be opened.
/// </param>
public sealed record SlackReplyTarget(
    SlackSendKind Kind,
    string Channel,
    string? Ts = null,
    string? ThreadTs = null,
    string? User = null,
    string? ResponseUrl = null,
    string? FallbackResponseUrl = null,
    string? FallbackEphemeralChannel = null);
