namespace MeetingBot.Storage;

/// <summary>What the bot last knew of a meeting it started.</summary>
public enum MeetingState
{
    Running,
    Ended,
}

/// <summary>A meeting the bot started, remembered per conversation with what is needed to reach that chat later.</summary>
/// <param name="RequestKey">Idempotency key of the command that started it (channel, conversation and message id).</param>
/// <param name="ServiceAddress">
/// The channel's address for writing to the conversation later (e.g. the Bot Framework service URL); empty for meetings
/// stored before it was kept, whose cards therefore cannot be updated.
/// </param>
/// <param name="ReplyToId">The message the card answered (its thread), so later messages go to the same thread.</param>
/// <param name="CheckedAt">When the live state was last learned from the backend.</param>
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
    DateTimeOffset? CheckedAt = null);
