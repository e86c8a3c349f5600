namespace MeetingBot.Storage;

public enum MeetingState
{
    Running,
    Ended,
}

/// <summary>
/// A meeting the bot started, remembered per conversation with what is needed to reach its chat later without an
/// incoming message (the conversation reference) and what the bot last knew of it.
/// </summary>
/// <param name="RequestKey">Idempotency key of the command that started it (channel, conversation and message id).</param>
/// <param name="ServiceAddress">The channel's address to write to the conversation later (Teams: the service URL).</param>
/// <param name="ReplyToId">The thread or message the card answered, so later messages go to the same thread.</param>
/// <param name="OwnerName">The owner's display name on the backend, for the card.</param>
/// <param name="InviteeNames">The invitees' display names, in the order of <paramref name="InviteeIds"/>.</param>
/// <param name="Language">
/// The code of the language of the person who started it: what is written about the meeting with no reader at hand
/// (its card updated by the watcher, reminders) is in this language. Null for meetings stored before it was kept.
/// </param>
public sealed record MeetingRecord(
    string ConferenceId,
    string Backend,
    string Topic,
    string OwnerId,
    IReadOnlyList<string> InviteeIds,
    string JoinUrl,
    string? PageUrl,
    string Channel,
    string ConversationId,
    string StartedByChatUserId,
    string RequestKey,
    DateTimeOffset StartedAt,
    string? CardMessageId = null,
    string ServiceAddress = "",
    string? TenantId = null,
    string? ReplyToId = null,
    MeetingState State = MeetingState.Running,
    DateTimeOffset? EndedAt = null,
    int? ParticipantCount = null,
    string? GuestUrl = null,
    bool OwnerReminded = false,
    DateTimeOffset? CheckedAt = null,
    string? OwnerName = null,
    IReadOnlyList<string>? InviteeNames = null,
    string? Language = null);
