using MeetingBot.Storage;

namespace MeetingBot.BotFramework;

/// <summary>
/// At start-up, runs again the activities that were answered <c>200</c> but not finished when the process stopped
/// (a crash, a kill). Work that already failed to finish <see cref="MaxAttempts"/> times is dropped and logged.
/// </summary>
internal sealed partial class UnfinishedActivitiesResumer(
    IAcceptedWorkStore work, AcceptedActivities activities, IHostApplicationLifetime lifetime, ILogger<UnfinishedActivitiesResumer> logger) : IHostedService
{
    public const int MaxAttempts = 3;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // After start-up: the queue's workers and the embedded simulator (served by this host) must be running.
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => ResumeAsync(lifetime.ApplicationStopping)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ResumeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (resumed, abandoned) = await work.TakeUnfinishedAsync(AcceptedActivities.Source, MaxAttempts, cancellationToken).ConfigureAwait(false);
            foreach (var key in abandoned)
            {
                LogAbandoned(key, MaxAttempts);
            }

            foreach (var accepted in resumed)
            {
                await activities.ResumeAsync(accepted, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogResumeFailed(error);
        }
    }

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "Dropped accepted work {Key}: it did not finish in {Attempts} attempts")]
    private partial void LogAbandoned(string key, int attempts);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Could not resume the work accepted before the restart")]
    private partial void LogResumeFailed(Exception error);
}
