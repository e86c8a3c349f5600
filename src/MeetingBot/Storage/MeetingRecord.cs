namespace MeetingBot.Storage;

/// <summary>A meeting the bot started, remembered per conversation.</summary>
/// <param name="RequestKey">Idempotency key of the command that started it (channel, conversation and message id).</param>
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
    string? CardMessageId = null);
