namespace MeetingBot.Hosting;

/// <summary>Work a component does once the app is listening, so the first chat command does not pay for it.</summary>
public interface IStartupWarmUp
{
    Task WarmUpAsync(CancellationToken cancellationToken);
}
