namespace MeetingBot.Hosting;

/// <summary>
/// Wakes a background loop that sleeps until its next due time: the loop takes <see cref="Next"/> before it looks
/// for work, so a <see cref="Wake"/> that comes while it looks is not lost.
/// </summary>
public sealed class WakeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Wake"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Wake() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
