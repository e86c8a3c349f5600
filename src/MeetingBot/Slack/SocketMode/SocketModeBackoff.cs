namespace MeetingBot.Slack.SocketMode;

/// <summary>How long to wait before the next connection attempt: 1 s doubling to 30 s, jittered down by up to a fifth.</summary>
internal static class SocketModeBackoff
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(30);

    /// <param name="failures">Attempts (or connections) that failed in a row, 1 after the first.</param>
    /// <param name="jitter">A random number in [0, 1].</param>
    public static TimeSpan DelayAfter(int failures, double jitter)
    {
        var exponent = Math.Clamp(failures - 1, 0, 16);
        var delay = Math.Min(FirstDelay.TotalMilliseconds * Math.Pow(2, exponent), LongestDelay.TotalMilliseconds);
        // Jitter spreads the reconnects of several instances that lost Slack together; it only shortens, so a
        // delay never exceeds the cap and each one is still longer than the one before it.
        return TimeSpan.FromMilliseconds(delay * (1 - 0.2 * Math.Clamp(jitter, 0, 1)));
    }
}
