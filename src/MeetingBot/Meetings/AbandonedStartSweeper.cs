using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// Stops and deletes conferences the backend created for a start the user was told had failed (see
/// <see cref="ConferenceStarter"/>): it looks for each such command's conference now and then while it is watched.
/// </summary>
public sealed partial class AbandonedStartSweeper(
    IAbandonedStartStore abandoned,
    IConferenceService conferences,
    IJobLeases leases,
    TimeProvider clock,
    ILogger<AbandonedStartSweeper> logger) : BackgroundService
{
    private const int BatchSize = 32;

    /// <summary>Several instances share the watched starts: one of them sweeps at a time.</summary>
    private const string Job = "abandoned-start-sweeper";
    private readonly Hosting.WakeSignal _wake = new();

    /// <summary>A start was just abandoned: look for its conference now rather than at the next poll.</summary>
    public void Wake() => _wake.Wake();
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(4);

    // Renewed at least every IdlePoll by its holder, with room for a slow sweep.
    private static readonly TimeSpan LeaseLifetime = IdlePoll * 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wake = _wake.Next;
                if (!await leases.TryHoldAsync(Job, LeaseLifetime, stoppingToken).ConfigureAwait(false))
                {
                    // Another instance sweeps (a start abandoned here is in the shared store for it).
                    await Task.Delay(IdlePoll, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    continue;
                }

                foreach (var (requestKey, checks, watchUntil) in await abandoned.DueAsync(clock.GetUtcNow(), BatchSize, stoppingToken).ConfigureAwait(false))
                {
                    await SweepAsync(requestKey, checks, watchUntil, stoppingToken).ConfigureAwait(false);
                }

                var next = await abandoned.NextDueAsync(stoppingToken).ConfigureAwait(false);
                var pause = next is { } due ? due - clock.GetUtcNow() : IdlePoll;
                using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(wake, Task.Delay(pause < TimeSpan.Zero ? TimeSpan.Zero : pause > IdlePoll ? IdlePoll : pause, clock, sleep.Token)).ConfigureAwait(false);
                await sleep.CancelAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogSweepFailed(error);
                await Task.Delay(IdlePoll, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task SweepAsync(string requestKey, int checks, DateTimeOffset watchUntil, CancellationToken cancellationToken)
    {
        try
        {
            if (await conferences.FindByRequestKeyAsync(requestKey, cancellationToken).ConfigureAwait(false) is { } orphan)
            {
                await conferences.DiscardAsync(orphan.Id, cancellationToken).ConfigureAwait(false);
                await abandoned.ForgetAsync(requestKey, CancellationToken.None).ConfigureAwait(false);
                LogDiscarded(orphan.Id, requestKey);
                return;
            }
        }
        catch (ConferencingException error)
        {
            LogCheckFailed(requestKey, error.Failure);
        }

        var now = clock.GetUtcNow();
        if (now >= watchUntil)
        {
            await abandoned.ForgetAsync(requestKey, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        // 15 s, 30 s, 1 min, 2 min, then every 4 min until the watch ends.
        var pause = TimeSpan.FromSeconds(15 * Math.Pow(2, Math.Min(checks, 4)));
        await abandoned.CheckLaterAsync(requestKey, checks + 1, now + (pause < LongestPause ? pause : LongestPause), CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Stopped and deleted conference {ConferenceId}: it was created for {RequestKey} after the user was told the start failed")]
    private partial void LogDiscarded(string conferenceId, string requestKey);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Could not look for the conference of abandoned start {RequestKey} ({Failure}); will look again")]
    private partial void LogCheckFailed(string requestKey, ConferencingFailure failure);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Error, Message = "Sweeping abandoned starts failed; trying again shortly")]
    private partial void LogSweepFailed(Exception error);
}
