namespace MeetingBot.Localization;

/// <summary>
/// The time zone of the reader of the texts being written now, for the few times the bot writes out itself (most are
/// rendered by the chat client in each reader's zone). Set beside <see cref="TextLanguage"/> by whoever knows the
/// reader, and flowing with the work the same way.
/// </summary>
public static class TextTimeZone
{
    private static readonly AsyncLocal<TimeZoneInfo?> s_current = new();

    /// <summary>The zone set around the running work; UTC where nobody set one.</summary>
    public static TimeZoneInfo Current => s_current.Value ?? TimeZoneInfo.Utc;

    /// <summary>Writes times in <paramref name="zone"/> until the returned scope is disposed; null keeps the current zone.</summary>
    public static Scope Use(TimeZoneInfo? zone)
    {
        var previous = s_current.Value;
        s_current.Value = zone ?? previous;
        return new Scope(previous);
    }

    /// <summary>The zone a chat platform names (IANA, e.g. <c>Europe/Moscow</c>), or null when empty or unknown here.</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    public readonly struct Scope(TimeZoneInfo? previous) : IDisposable
    {
        public void Dispose() => s_current.Value = previous;
    }
}
