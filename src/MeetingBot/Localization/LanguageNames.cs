namespace MeetingBot.Localization;

/// <summary>
/// What people type to name a language in the <c>language …</c> command: its code, or its name in English or in
/// itself, any case. A language without names here is still chosen by its code.
/// </summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string[]> s_names = new(StringComparer.Ordinal)
    {
        ["en"] = ["english", "английский", "англ", "eng"],
        ["ru"] = ["russian", "русский", "рус", "rus"],
    };

    /// <summary>The spoken language <paramref name="typed"/> names, or null.</summary>
    public static Language? Find(Languages languages, string typed)
    {
        var word = typed.Trim().ToLowerInvariant();
        foreach (var language in languages.Supported)
        {
            if (language.Code == word || (s_names.TryGetValue(language.Code, out var names) && names.Contains(word)))
            {
                return language;
            }
        }

        return languages.Match(word);
    }
}
