namespace MeetingBot.Delivery;

/// <summary>When to try a failed delivery again: exponential backoff with jitter, or what the platform asked for.</summary>
public static class RetrySchedule
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(1);

    /// <param name="failedAttempts">Attempts made so far, all failed (1 after the first failure).</param>
    public static TimeSpan DelayAfter(int failedAttempts, TimeSpan? retryAfter, double jitter)
    {
        if (retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            return asked;
        }

        var exponent = Math.Min(Math.Max(failedAttempts - 1, 0), 16);
        var delay = Math.Min(FirstDelay.TotalMilliseconds * Math.Pow(2, exponent), LongestDelay.TotalMilliseconds);
        // Jitter in [0.8, 1.2) spreads retries of many messages that failed together.
        return TimeSpan.FromMilliseconds(delay * (0.8 + 0.4 * Math.Clamp(jitter, 0, 1)));
    }
}
