namespace MeetingBot.Storage;

/// <summary>
/// A reply or card update on its way to a chat. <see cref="Target"/> and <see cref="Body"/> are the channel's own
/// (where to send, what to send — for the Bot Framework the activity's UTF-8 JSON); <see cref="Conversation"/> orders deliveries: one conversation's messages go out
/// in the order they were added.
/// </summary>
/// <param name="ReplyKey">Identifies the reply across a command's retries: adding the same key again adds nothing.</param>
/// <param name="MeetingKey">When set, the message is that meeting's card: once delivered, its message id is remembered with the meeting.</param>
public sealed record OutboxMessage(
    string ReplyKey, string Source, string Conversation, string Target, byte[] Body, string? MeetingKey = null);

/// <summary>A message waiting in the outbox.</summary>
public sealed record PendingDelivery(long Sequence, OutboxMessage Message, DateTimeOffset CreatedAt, int Attempts);

/// <summary>A reply delivered earlier, found by its key.</summary>
public sealed record DeliveredReply(string? MessageId);

public interface IOutboxStore
{
    /// <summary>
    /// Writes the message down to be delivered from <paramref name="dueAt"/> on, counting <paramref name="attempts"/>
    /// already made, unless its key is written down already.
    /// </summary>
    Task AddAsync(OutboxMessage message, DateTimeOffset createdAt, int attempts, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Remembers that the reply went out at once (it was never written down), to recognise a repeat.</summary>
    Task RecordDeliveredAsync(string replyKey, string? messageId, CancellationToken cancellationToken);

    /// <summary>The reply with this key when it was delivered before, whichever way it went out; else null.</summary>
    Task<DeliveredReply?> FindDeliveredAsync(string replyKey, CancellationToken cancellationToken);

    /// <summary>Marks the message delivered (found by <see cref="FindDeliveredAsync"/> from then on).</summary>
    Task MarkDeliveredAsync(long sequence, string? messageId, CancellationToken cancellationToken);

    /// <summary>Lets the message wait for another attempt; nothing when another instance took it over meanwhile.</summary>
    Task RetryLaterAsync(long sequence, int attempts, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    Task GiveUpAsync(long sequence, CancellationToken cancellationToken);

    /// <summary>
    /// For each conversation its oldest waiting message, if it is due; at most <paramref name="limit"/>. Each is the
    /// caller's to attempt until it marks it delivered, retries it later or gives up on it: no other instance gets it
    /// meanwhile — unless the caller does neither within the takeover timeout (it died), when it is due again.
    /// </summary>
    Task<IReadOnlyList<PendingDelivery>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Whether a message to the same target of the same conversation was added after this one and still waits.</summary>
    Task<bool> HasNewerToSameTargetAsync(PendingDelivery pending, CancellationToken cancellationToken);

    /// <summary>When the next waiting message is due (or its claim lapses), or null when none waits.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken);

    /// <summary>
    /// How long a deliverer may sleep at most before it looks again, because other instances add messages and let
    /// claims lapse without waking it; null when only this process changes the outbox (it wakes itself).
    /// </summary>
    TimeSpan? LookAgainWithin { get; }

    /// <summary>The conversations that have messages waiting.</summary>
    Task<IReadOnlyList<string>> WaitingConversationsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Forgets delivered and given-up messages (and delivered keys) finished before <paramref name="before"/>. Redis
    /// forgets them by their keys' expiry instead (the duplicate window after they finished).
    /// </summary>
    Task PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
