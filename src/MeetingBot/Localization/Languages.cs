namespace MeetingBot.Localization;

/// <summary>
/// The languages the bot speaks — one embedded texts file each (<c>Localization/Texts/{code}.json</c>), so a
/// third language is one more file — and which of them fits a chat platform's locale.
/// </summary>
public sealed class Languages
{
    internal const string ResourcePrefix = "MeetingBot.Localization.Texts.";

    public Languages(Language defaultLanguage)
    {
        Supported = Discover();
        if (!Supported.Contains(defaultLanguage))
        {
            throw new ArgumentException($"The bot has no texts in '{defaultLanguage}'.", nameof(defaultLanguage));
        }

        Default = defaultLanguage;
    }

    /// <summary>Every language with a texts file, by code.</summary>
    public IReadOnlyList<Language> Supported { get; }

    /// <summary>The language of readers whose own is unknown or not spoken (<c>MeetingBot:DefaultLanguage</c>).</summary>
    public Language Default { get; }

    /// <summary>
    /// The spoken language of a locale or language name as chat platforms write it (<c>ru-RU</c>, <c>en_US</c>,
    /// <c>RU</c>); null when it is empty or not spoken.
    /// </summary>
    public Language? Match(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var code = locale.Trim().Split('-', '_')[0];
        foreach (var language in Supported)
        {
            if (string.Equals(language.Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return language;
            }
        }

        return null;
    }

    /// <summary>The language for a reader: the first of <paramref name="choices"/> that is spoken, else the default.</summary>
    public Language For(params ReadOnlySpan<string?> choices)
    {
        foreach (var choice in choices)
        {
            if (Match(choice) is { } language)
            {
                return language;
            }
        }

        return Default;
    }

    internal static IReadOnlyList<Language> Discover() =>
        typeof(Languages).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Select(name => new Language(name[ResourcePrefix.Length..^".json".Length]))
            .OrderBy(language => language.Code, StringComparer.Ordinal)
            .ToArray();

    internal static Stream Open(Language language) =>
        typeof(Languages).Assembly.GetManifestResourceStream(ResourcePrefix + language.Code + ".json")
        ?? throw new InvalidOperationException($"The bot has no texts in '{language}'.");
}
