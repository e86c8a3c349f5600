namespace MeetingBot.Meetings;

/// <summary>A chat account on a chat platform.</summary>
public sealed record ChatUser(string Id, string Name);

/// <summary>Where a conversation is: its organisation (tenant, workspace), team and channel; null where not known or none.</summary>
public sealed record ChatPlace(string? TenantId, string? TeamId, string? ChannelId);

/// <summary>
/// One command's view of the chat it came from: who sent it, how to answer, and the platform lookups the
/// meeting core needs. Each channel (Teams, later Slack) implements it; the core never sees protocol types.
/// </summary>
public interface IChatConversation
{
    /// <summary>The chat platform, e.g. <c>msteams</c>.</summary>
    string Channel { get; }

    string ConversationId { get; }

    ChatUser Sender { get; }

    /// <summary>The sender's locale as the chat platform tells it (<c>ru-RU</c>), or null when it does not.</summary>
    string? SenderLocale { get; }

    /// <summary>The sender's time zone as the chat platform tells it (IANA, <c>Europe/Moscow</c>), or null when it does not.</summary>
    string? SenderTimeZone { get; }

    /// <summary>The channel's address for this conversation (Teams: the service URL), to write to it later.</summary>
    string ServiceAddress { get; }

    /// <summary>Where the conversation is: organisation, team and channel, as far as the chat platform tells.</summary>
    ChatPlace Place { get; }

    /// <summary>The message this command answers (its thread), so later messages about it go to the same thread.</summary>
    string? ThreadId { get; }

    /// <summary>Identifies this command across redeliveries (channel, conversation, message id).</summary>
    string RequestKey { get; }

    /// <summary>1 on the first run of the command; more when accepted work is run again after a restart.</summary>
    int Attempt { get; }

    /// <summary>Sends the reply; returns the chat platform's id of the new message when it tells one.</summary>
    Task<string?> ReplyAsync(BotReply reply, CancellationToken cancellationToken);

    Task ShowTypingAsync(CancellationToken cancellationToken);

    /// <summary>Every member of the conversation (the channel pages through its roster).</summary>
    Task<IReadOnlyList<ChatUser>> ListMembersAsync(CancellationToken cancellationToken);

    /// <summary>The e-mail address (or UPN) the chat platform knows for a member, or null.</summary>
    Task<string?> FindEmailAsync(string chatUserId, CancellationToken cancellationToken);
}
