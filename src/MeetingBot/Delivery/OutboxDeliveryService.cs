using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Delivery;

/// <summary>
/// Retries what <see cref="ReplyOutbox"/> could not deliver at once: sleeps until the next message is due (or a
/// new one waits), then sends each waiting conversation's oldest message, conversations side by side. Every instance
/// runs one: the store hands each due message to one of them at a time.
/// </summary>
internal sealed partial class OutboxDeliveryService(
    ReplyOutbox outbox,
    IOutboxStore store,
    IOptionsMonitor<MeetingBotOptions> options,
    TimeProvider clock,
    ILogger<OutboxDeliveryService> logger) : BackgroundService
{
    private const int BatchSize = 64;
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextPurge = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (nextPurge == DateTimeOffset.MinValue)
                {
                    await outbox.LoadWaitingAsync(stoppingToken).ConfigureAwait(false);
                }

                var wake = outbox.Woken;
                var due = await store.DueAsync(clock.GetUtcNow(), BatchSize, stoppingToken).ConfigureAwait(false);
                if (due.Count > 0)
                {
                    // Each is the oldest waiting message of its own conversation, so they may go out side by side.
                    await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = stoppingToken },
                        async (pending, token) => await outbox.AttemptAsync(pending, token).ConfigureAwait(false)).ConfigureAwait(false);
                    await outbox.RefreshWaitingAsync(stoppingToken).ConfigureAwait(false);
                    continue;
                }

                if (clock.GetUtcNow() >= nextPurge)
                {
                    // Finished messages are kept as long as a command may be repeated, to recognise its replies.
                    await store.PurgeFinishedAsync(clock.GetUtcNow() - options.CurrentValue.DuplicateWindow, stoppingToken).ConfigureAwait(false);
                    nextPurge = clock.GetUtcNow() + PurgeEvery;
                }

                await SleepAsync(wake, await store.NextDueAsync(stoppingToken).ConfigureAwait(false), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogRoundFailed(error);
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task SleepAsync(Task wake, DateTimeOffset? nextDue, CancellationToken stoppingToken)
    {
        // Other instances do not wake this one: with them, it looks again within the store's bound.
        var longest = store.LookAgainWithin is { } bound && bound < PurgeEvery ? bound : PurgeEvery;
        var untilDue = nextDue is { } due ? due - clock.GetUtcNow() : longest;
        if (untilDue <= TimeSpan.Zero)
        {
            return;
        }

        using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(untilDue < longest ? untilDue : longest, clock, sleep.Token);
        // The clock may have moved on while the timer was being set (a test's fake clock does): look once more.
        if (nextDue is { } dueAt && clock.GetUtcNow() >= dueAt)
        {
            await sleep.CancelAsync().ConfigureAwait(false);
            return;
        }

        await Task.WhenAny(wake, timer).ConfigureAwait(false);
        await sleep.CancelAsync().ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(EventId = 1410, Level = LogLevel.Error, Message = "Outbox delivery round failed; trying again shortly")]
    private partial void LogRoundFailed(Exception error);
}
