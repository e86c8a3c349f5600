namespace MeetingBot.Localization;

/// <summary>
/// The language of the texts being written now. Whoever knows the reader sets it around the work (a command:
/// its sender's language; a card update: the language of the person who started the meeting), and it flows with
/// that work across awaits, so the many places that write words need no language parameter.
/// </summary>
public static class TextLanguage
{
    private static readonly AsyncLocal<Language?> s_current = new();

    /// <summary>The language set around the running work; English where nobody set one.</summary>
    public static Language Current => s_current.Value ?? Language.English;

    /// <summary>Writes in <paramref name="language"/> until the returned scope is disposed.</summary>
    public static Scope Use(Language language)
    {
        var previous = s_current.Value;
        s_current.Value = language;
        return new Scope(previous);
    }

    public readonly struct Scope(Language? previous) : IDisposable
    {
        public void Dispose() => s_current.Value = previous;
    }
}
