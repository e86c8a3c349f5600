namespace MeetingBot.Localization;

/// <summary>
/// A language's own names, from its own texts file (so a third language is still one file): what it calls itself
/// (<c>Language.Self</c>, shown where languages are listed) and what people type to choose it in the
/// <c>language …</c> command (<c>Language.Aliases</c>, besides its code), any case.
/// </summary>
public static class LanguageNames
{
    /// <summary>The name <paramref name="language"/> gives itself: <c>English</c>, <c>Русский</c>.</summary>
    public static string SelfName(Language language)
    {
        using var _ = TextLanguage.Use(language);
        return Texts.Format("Language.Self");
    }

    /// <summary>The spoken language <paramref name="typed"/> names, or null.</summary>
    public static Language? Find(Languages languages, string typed)
    {
        var word = typed.Trim().ToLowerInvariant();
        foreach (var language in languages.Supported)
        {
            if (language.Code == word || Aliases(language).Contains(word))
            {
                return language;
            }
        }

        return languages.Match(word);
    }

    private static string[] Aliases(Language language)
    {
        using var _ = TextLanguage.Use(language);
        return Texts.Format("Language.Aliases").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(alias => alias.ToLowerInvariant())
            .ToArray();
    }
}
