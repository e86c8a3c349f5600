using System.Collections.Concurrent;
using System.Diagnostics;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Delivery;

/// <summary>
/// Every reply and card update goes through here: it is written down first, then sent at once when nothing older
/// waits for its conversation. What the platform does not take for a passing reason (5xx, 429, timeout, no
/// connection) stays written down and is retried by <see cref="OutboxDeliveryService"/> with backoff until
/// <see cref="MeetingBotOptions.ReplyRetryWindow"/> has passed since it was added — across restarts too.
/// </summary>
public sealed partial class ReplyOutbox(
    IOutboxStore store,
    IEnumerable<IReplyTransport> transports,
    IOptionsMonitor<MeetingBotOptions> options,
    TimeProvider clock,
    ILogger<ReplyOutbox> logger)
{
    private readonly Dictionary<string, IReplyTransport> _transports = transports.ToDictionary(transport => transport.Source, StringComparer.Ordinal);

    /// <summary>Longer than one Connector call may take (its own timeout is 10 s).</summary>
    private static readonly TimeSpan InlineAttemptLease = TimeSpan.FromSeconds(30);

    // Conversations with a message waiting for a retry, and when that was noted: a newer message must queue behind it.
    private readonly ConcurrentDictionary<string, long> _waiting = new(StringComparer.Ordinal);
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a message was queued for a retry; <see cref="OutboxDeliveryService"/> waits on it.</summary>
    internal Task WakeSignal => Volatile.Read(ref _wake).Task;

    /// <summary>
    /// Sends <paramref name="message"/> (or remembers it for a retry). Returns the platform's message id when it was
    /// delivered now (or by an earlier run of the same command), null when it waits for a retry.
    /// </summary>
    /// <exception cref="ChatDeliveryException">The platform refused the message for good.</exception>
    public async Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var queueBehind = _waiting.ContainsKey(message.Conversation);
        var now = clock.GetUtcNow();
        // A message sent at once is not due for the deliverer until that attempt had time to end (a crash mid-send
        // leaves it to be retried after a restart); one queued behind older ones is due now.
        var entry = await store.AddAsync(message, queueBehind ? now : now + InlineAttemptLease, CancellationToken.None).ConfigureAwait(false);
        if (entry.AlreadyDelivered)
        {
            return entry.DeliveredMessageId;
        }

        if (!entry.IsNew || queueBehind)
        {
            Wake();
            return null;
        }

        // Once written down the message is sent whatever happens to the caller: a half-sent reply is not cancelled.
        var outcome = await AttemptAsync(new PendingDelivery(entry.Sequence, message, entry.CreatedAt, 0), CancellationToken.None).ConfigureAwait(false);
        return outcome switch
        {
            DeliveryOutcome.Delivered delivered => delivered.MessageId,
            DeliveryOutcome.Failed failed => throw new ChatDeliveryException(failed.Error.Message, failed.Error),
            _ => null,
        };
    }

    internal async Task<DeliveryOutcome> AttemptAsync(PendingDelivery pending, CancellationToken cancellationToken)
    {
        var message = pending.Message;
        try
        {
            if (!_transports.TryGetValue(message.Source, out var transport))
            {
                throw new ReplyDeliveryException($"No transport delivers '{message.Source}' messages", isTransient: false);
            }

            var messageId = await transport.DeliverAsync(message.Target, message.Body, cancellationToken).ConfigureAwait(false);
            await store.MarkDeliveredAsync(pending.Sequence, message.MeetingKey, messageId, CancellationToken.None).ConfigureAwait(false);
            if (pending.Attempts > 0)
            {
                LogDeliveredLate(message.ReplyKey, pending.Attempts + 1);
            }

            return new DeliveryOutcome.Delivered(messageId);
        }
        catch (ReplyDeliveryException error) when (error.IsTransient)
        {
            return await RetryLaterAsync(pending, error).ConfigureAwait(false);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            return await RetryLaterAsync(pending, new ReplyDeliveryException("The chat platform did not answer in time", true, inner: error)).ConfigureAwait(false);
        }
        catch (ReplyDeliveryException error)
        {
            await store.GiveUpAsync(pending.Sequence, CancellationToken.None).ConfigureAwait(false);
            LogRefused(error, message.ReplyKey);
            return new DeliveryOutcome.Failed(error);
        }
    }

    /// <summary>Notes which conversations have messages waiting (at start-up).</summary>
    internal async Task LoadWaitingAsync(CancellationToken cancellationToken)
    {
        foreach (var conversation in await store.WaitingConversationsAsync(cancellationToken).ConfigureAwait(false))
        {
            _waiting[conversation] = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Lets conversations whose waiting messages are all delivered send directly again.</summary>
    internal async Task RefreshWaitingAsync(CancellationToken cancellationToken)
    {
        var askedAt = Stopwatch.GetTimestamp();
        var stillWaiting = (await store.WaitingConversationsAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in _waiting)
        {
            // An entry noted after the question was asked may not be in its answer yet: keep it.
            if (entry.Value < askedAt && !stillWaiting.Contains(entry.Key))
            {
                _waiting.TryRemove(entry);
            }
        }
    }

    private async Task<DeliveryOutcome> RetryLaterAsync(PendingDelivery pending, ReplyDeliveryException error)
    {
        var attempts = pending.Attempts + 1;
        var delay = RetrySchedule.DelayAfter(attempts, error.RetryAfter, Random.Shared.NextDouble());
        var next = clock.GetUtcNow() + delay;
        var window = options.CurrentValue.ReplyRetryWindow;
        if (next > pending.CreatedAt + window)
        {
            await store.GiveUpAsync(pending.Sequence, CancellationToken.None).ConfigureAwait(false);
            LogGaveUp(error, pending.Message.ReplyKey, attempts, window);
            return new DeliveryOutcome.Failed(error);
        }

        await store.RetryLaterAsync(pending.Sequence, attempts, next, CancellationToken.None).ConfigureAwait(false);
        _waiting[pending.Message.Conversation] = Stopwatch.GetTimestamp();
        LogDeferred(pending.Message.ReplyKey, attempts, error.Message, delay);
        Wake();
        return new DeliveryOutcome.Waiting();
    }

    private void Wake() => Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Reply {ReplyKey} not delivered on attempt {Attempt} ({Reason}); trying again in {Delay}")]
    private partial void LogDeferred(string replyKey, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "Reply {ReplyKey} delivered on attempt {Attempt}")]
    private partial void LogDeliveredLate(string replyKey, int attempt);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Error, Message = "Gave up on reply {ReplyKey} after {Attempts} attempts within {Window}")]
    private partial void LogGaveUp(Exception error, string replyKey, int attempts, TimeSpan window);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Warning, Message = "The chat platform refused reply {ReplyKey} for good")]
    private partial void LogRefused(Exception error, string replyKey);
}

/// <summary>What one delivery attempt came to.</summary>
internal abstract record DeliveryOutcome
{
    public sealed record Delivered(string? MessageId) : DeliveryOutcome;

    public sealed record Waiting : DeliveryOutcome;

    public sealed record Failed(ReplyDeliveryException Error) : DeliveryOutcome;
}
