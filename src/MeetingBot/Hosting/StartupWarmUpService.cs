namespace MeetingBot.Hosting;

/// <summary>
/// Runs every <see cref="IStartupWarmUp"/> in the background once the server listens (the embedded simulator is
/// served by this very host). A failed warm-up is only logged: the same work is retried by the first command.
/// </summary>
internal sealed partial class StartupWarmUpService(
    IEnumerable<IStartupWarmUp> warmUps, IHostApplicationLifetime lifetime, ILogger<StartupWarmUpService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => WarmUpAllAsync(lifetime.ApplicationStopping)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmUpAllAsync(CancellationToken cancellationToken)
    {
        foreach (var warmUp in warmUps)
        {
            try
            {
                await warmUp.WarmUpAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogWarmUpFailed(warmUp.GetType().Name, error.Message);
            }
        }
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Start-up warm-up {WarmUp} did not finish: {Reason}")]
    private partial void LogWarmUpFailed(string warmUp, string reason);
}

public static class StartupWarmUpExtensions
{
    /// <summary>Runs the components' <see cref="IStartupWarmUp"/>s once the app listens.</summary>
    public static IServiceCollection AddStartupWarmUp(this IServiceCollection services) =>
        services.AddHostedService<StartupWarmUpService>();
}
