namespace MeetingBot.Storage;

/// <summary>
/// Decides which instance runs a periodic job (the meeting watcher, the sweepers): one holder at a time, and the lease
/// moves to another instance when its holder stops renewing it (it died, or was moved away).
/// </summary>
public interface IJobLeases
{
    /// <summary>
    /// True when this instance holds the lease of <paramref name="job"/> for the next <paramref name="lifetime"/>:
    /// renewed when it held it, taken when nobody did. False while another instance holds it.
    /// </summary>
    Task<bool> TryHoldAsync(string job, TimeSpan lifetime, CancellationToken cancellationToken);
}
