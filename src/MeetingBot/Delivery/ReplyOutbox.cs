using System.Collections.Concurrent;
using System.Diagnostics;
using MeetingBot.Hosting;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Delivery;

/// <summary>
/// Every reply goes through here: sent at once when nothing older waits for its conversation (until then the
/// command's accepted work stands for it), else written down behind the older ones. What the platform does not take
/// for a passing reason (5xx, 429, timeout, no connection) is written down and retried by
/// <see cref="OutboxDeliveryService"/> with backoff until <see cref="MeetingBotOptions.ReplyRetryWindow"/> has passed
/// since it was first tried — across restarts too. Delivered replies are remembered, so a repeated command sends none twice.
/// </summary>
public sealed partial class ReplyOutbox(
    IOutboxStore store,
    IMeetingStore meetings,
    IEnumerable<IReplyTransport> transports,
    IOptionsMonitor<MeetingBotOptions> options,
    TimeProvider clock,
    ILogger<ReplyOutbox> logger)
{
    private readonly Dictionary<string, IReplyTransport> _transports = transports.ToDictionary(transport => transport.Source, StringComparer.Ordinal);

    // Conversations with a message waiting for a retry, and when that was noted: a newer message must queue behind it.
    private readonly ConcurrentDictionary<string, long> _waiting = new(StringComparer.Ordinal);
    private readonly WakeSignal _wake = new();

    /// <summary>Completes when a message was queued for a retry; <see cref="OutboxDeliveryService"/> waits on it.</summary>
    internal Task Woken => _wake.Next;

    /// <summary>
    /// Sends <paramref name="message"/>, or writes it down for a retry. Returns the platform's message id when it was
    /// delivered now (or by an earlier run of the same command), null when it waits for a retry.
    /// </summary>
    /// <param name="mayRepeat">The command ran before (resumed after a restart): its reply may have gone out already.</param>
    /// <exception cref="ChatDeliveryException">The platform refused the message for good.</exception>
    public async Task<string?> SendAsync(OutboxMessage message, bool mayRepeat, CancellationToken cancellationToken)
    {
        if (mayRepeat && await store.FindDeliveredAsync(message.ReplyKey, CancellationToken.None).ConfigureAwait(false) is { } earlier)
        {
            return earlier.MessageId;
        }

        var now = clock.GetUtcNow();
        if (_waiting.ContainsKey(message.Conversation))
        {
            await store.AddAsync(message, now, attempts: 0, dueAt: now, CancellationToken.None).ConfigureAwait(false);
            _wake.Wake();
            return null;
        }

        // Sent at once, and written down only when it does not go: until the command is finished its accepted work
        // brings it back after a crash, so the common case costs no write before the send. Once started the send is
        // not cancelled by the caller: a half-sent reply helps nobody.
        try
        {
            var messageId = await TransportFor(message).DeliverAsync(message.Target, message.Body, CancellationToken.None).ConfigureAwait(false);
            RememberDelivered(message.ReplyKey, messageId);
            return messageId;
        }
        catch (Exception error) when (AsTransient(error) is { } transient)
        {
            var delay = RetrySchedule.DelayAfter(1, transient.RetryAfter, Random.Shared.NextDouble());
            await store.AddAsync(message, now, attempts: 1, dueAt: clock.GetUtcNow() + delay, CancellationToken.None).ConfigureAwait(false);
            NoteWaiting(message, 1, transient, delay);
            return null;
        }
        catch (ReplyDeliveryException error)
        {
            LogRefused(error, message.ReplyKey);
            throw new ChatDeliveryException(error.Message, error);
        }
    }

    internal async Task AttemptAsync(PendingDelivery pending, CancellationToken cancellationToken)
    {
        var message = pending.Message;
        try
        {
            // An update retried after a newer update of the same message was added must not overwrite it.
            if (TransportFor(message).ReplacesInPlace(message.Target) &&
                await store.HasNewerToSameTargetAsync(pending, cancellationToken).ConfigureAwait(false))
            {
                await store.GiveUpAsync(pending.Sequence, CancellationToken.None).ConfigureAwait(false);
                LogSuperseded(message.ReplyKey);
                return;
            }

            var messageId = await TransportFor(message).DeliverAsync(message.Target, message.Body, cancellationToken).ConfigureAwait(false);
            await store.MarkDeliveredAsync(pending.Sequence, messageId, CancellationToken.None).ConfigureAwait(false);
            if (message.MeetingKey is { } meetingKey && messageId is not null)
            {
                await meetings.SetCardMessageIdAsync(meetingKey, messageId, CancellationToken.None).ConfigureAwait(false);
            }

            if (pending.Attempts > 0)
            {
                LogDeliveredLate(message.ReplyKey, pending.Attempts + 1);
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Cut off by the stop, whatever the transport made of it: the platform's answer is unknown, so the message
            // stays waiting as it was — for this instance after a restart, or for another one. (This catch once
            // excluded the stop, so a transient failure then fell to the one below and the reply was given up.)
            LogCutOffByStop(message.ReplyKey);
        }
        catch (Exception error) when (AsTransient(error) is { } transient)
        {
            await RetryLaterAsync(pending, transient).ConfigureAwait(false);
        }
        catch (ReplyDeliveryException error)
        {
            await store.GiveUpAsync(pending.Sequence, CancellationToken.None).ConfigureAwait(false);
            LogRefused(error, message.ReplyKey);
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

    private async Task RetryLaterAsync(PendingDelivery pending, ReplyDeliveryException error)
    {
        var attempts = pending.Attempts + 1;
        var delay = RetrySchedule.DelayAfter(attempts, error.RetryAfter, Random.Shared.NextDouble());
        var next = clock.GetUtcNow() + delay;
        var window = options.CurrentValue.ReplyRetryWindow;
        if (next > pending.CreatedAt + window)
        {
            await store.GiveUpAsync(pending.Sequence, CancellationToken.None).ConfigureAwait(false);
            LogGaveUp(error, pending.Message.ReplyKey, attempts, window);
            return;
        }

        await store.RetryLaterAsync(pending.Sequence, attempts, next, CancellationToken.None).ConfigureAwait(false);
        NoteWaiting(pending.Message, attempts, error, delay);
    }

    /// <summary>The message waits for a retry: newer ones of its conversation queue behind it, and the deliverer wakes.</summary>
    private void NoteWaiting(OutboxMessage message, int attempts, ReplyDeliveryException error, TimeSpan delay)
    {
        _waiting[message.Conversation] = Stopwatch.GetTimestamp();
        LogDeferred(message.ReplyKey, attempts, error.Message, delay);
        _wake.Wake();
    }

    private IReplyTransport TransportFor(OutboxMessage message) =>
        _transports.TryGetValue(message.Source, out var transport)
            ? transport
            : throw new ReplyDeliveryException($"No transport delivers '{message.Source}' messages", isTransient: false);

    /// <summary>The failure as one worth retrying, or null: a timeout counts as one.</summary>
    private static ReplyDeliveryException? AsTransient(Exception error) => error switch
    {
        ReplyDeliveryException { IsTransient: true } transient => transient,
        OperationCanceledException => new ReplyDeliveryException("The chat platform did not answer in time", true, inner: error),
        _ => null,
    };

    /// <summary>
    /// Not awaited: it joins the command's next write (SQLite: the same commit; Redis: the completion of the command's
    /// run). Lost only with a crash before that write, when the command runs again and sends the reply once more.
    /// </summary>
    private void RememberDelivered(string replyKey, string? messageId) =>
        _ = store.RecordDeliveredAsync(replyKey, messageId, CancellationToken.None).ContinueWith(
            (write, state) => ((ReplyOutbox)state!).LogRecordFailed(write.Exception!, replyKey),
            this, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Reply {ReplyKey} not delivered on attempt {Attempt} ({Reason}); trying again in {Delay}")]
    private partial void LogDeferred(string replyKey, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "Reply {ReplyKey} delivered on attempt {Attempt}")]
    private partial void LogDeliveredLate(string replyKey, int attempt);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Error, Message = "Gave up on reply {ReplyKey} after {Attempts} attempts within {Window}")]
    private partial void LogGaveUp(Exception error, string replyKey, int attempts, TimeSpan window);

    [LoggerMessage(EventId = 1405, Level = LogLevel.Warning, Message = "Could not note reply {ReplyKey} as delivered")]
    private partial void LogRecordFailed(Exception error, string replyKey);

    [LoggerMessage(EventId = 1406, Level = LogLevel.Information, Message = "Update {ReplyKey} skipped: a newer update of the same message follows it")]
    private partial void LogSuperseded(string replyKey);

    [LoggerMessage(EventId = 1407, Level = LogLevel.Information, Message = "Reply {ReplyKey} was being sent when the bot stopped; it stays waiting for its next attempt")]
    private partial void LogCutOffByStop(string replyKey);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Warning, Message = "The chat platform refused reply {ReplyKey} for good")]
    private partial void LogRefused(Exception error, string replyKey);
}
