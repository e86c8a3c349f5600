using MeetingBot.Storage;

namespace MeetingBot.Hosting;

/// <summary>
/// At start-up, runs again each channel's work that was answered <c>200</c> but not finished when the process stopped
/// (a crash, a kill). With several instances (<see cref="IAcceptedWorkStore.RecheckEvery"/>) it looks again
/// periodically: that takes over what a dead instance left and keeps this one's own work its own. Work that already
/// failed to finish <see cref="MaxAttempts"/> times is dropped and logged.
/// </summary>
internal sealed partial class UnfinishedWorkResumer(
    IAcceptedWorkStore work,
    IEnumerable<IResumableWork> sources,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<UnfinishedWorkResumer> logger) : IHostedService
{
    public const int MaxAttempts = 3;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // After start-up: the queue's workers and the embedded simulator (served by this host) must be running.
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => RunAsync(lifetime.ApplicationStopping)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RunAsync(CancellationToken stopping)
    {
        await ResumeAllAsync(stopping).ConfigureAwait(false);
        if (work.RecheckEvery is not { } every)
        {
            return;
        }

        // Until the host has stopped, not only until it starts stopping: the work queue finishes what it runs first,
        // and that work must stay this instance's meanwhile.
        var stopped = lifetime.ApplicationStopped;
        using var timer = new PeriodicTimer(every, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stopped).ConfigureAwait(false))
            {
                if (stopping.IsCancellationRequested)
                {
                    await RenewAllAsync(stopped).ConfigureAwait(false);
                }
                else
                {
                    await ResumeAllAsync(stopping).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stopped.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    private async Task RenewAllAsync(CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            try
            {
                await work.RenewOwnAsync(source.Source, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogResumeFailed(error, source.Source);
            }
        }
    }

    private async Task ResumeAllAsync(CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            await ResumeAsync(source, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ResumeAsync(IResumableWork source, CancellationToken cancellationToken)
    {
        try
        {
            var (resumed, abandoned) = await work.TakeUnfinishedAsync(source.Source, MaxAttempts, cancellationToken).ConfigureAwait(false);
            foreach (var key in abandoned)
            {
                LogAbandoned(key, MaxAttempts);
            }

            foreach (var accepted in resumed)
            {
                await source.ResumeAsync(accepted, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogResumeFailed(error, source.Source);
        }
    }

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "Dropped accepted work {Key}: it did not finish in {Attempts} attempts")]
    private partial void LogAbandoned(string key, int attempts);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Could not resume the unfinished {Source} work")]
    private partial void LogResumeFailed(Exception error, string source);
}
