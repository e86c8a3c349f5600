using System.Collections.Frozen;
using System.Globalization;

namespace MeetingBot.Localization;

/// <summary>
/// Every language's texts, checked against English: each file must have exactly English's keys, each key the
/// same placeholders and the same kind (text or plural). Looking a text up never throws: a language without the
/// key falls back to English, and English without it gives the key itself.
/// </summary>
internal sealed class TextCatalog
{
    private readonly FrozenDictionary<string, LanguageTexts> _languages;
    private readonly LanguageTexts _english;

    private TextCatalog(FrozenDictionary<string, LanguageTexts> languages, LanguageTexts english)
    {
        _languages = languages;
        _english = english;
    }

    /// <summary>The texts of every embedded texts file (<see cref="Languages.Open"/>), read once per process.</summary>
    public static TextCatalog Embedded => s_embedded.Value;

    private static readonly Lazy<TextCatalog> s_embedded = new(LoadEmbedded);

    /// <exception cref="InvalidDataException">A texts file is broken or differs from English; the message names the file and the key.</exception>
    public static TextCatalog LoadEmbedded() =>
        Load(Languages.Discover().Select(language =>
        {
            using var stream = Languages.Open(language);
            return (language, LanguageTexts.Parse(language.Code + ".json", stream));
        }).ToArray());

    /// <exception cref="InvalidDataException">A texts file differs from English; the message names the file and the key.</exception>
    public static TextCatalog Load(IReadOnlyList<(Language Language, LanguageTexts Texts)> files)
    {
        var english = files.FirstOrDefault(file => file.Language == Language.English).Texts
                      ?? throw new InvalidDataException("There is no English texts file (en.json): every other language is checked against it.");
        foreach (var (_, texts) in files)
        {
            CheckAgainstEnglish(texts, english);
        }

        return new TextCatalog(files.ToFrozenDictionary(file => file.Language.Code, file => file.Texts, StringComparer.Ordinal), english);
    }

    /// <summary>The text <paramref name="key"/> in the current language (<see cref="TextLanguage.Current"/>), placeholders filled from <paramref name="args"/>.</summary>
    public string Format(string key, ReadOnlySpan<(string Name, string Value)> args)
    {
        var template = Current.Texts.GetValueOrDefault(key) ?? _english.Texts.GetValueOrDefault(key);
        return template is null ? key : template.Format(args);
    }

    /// <summary>The plural text <paramref name="key"/> in the form that fits <paramref name="count"/>, whose <c>{count}</c> it fills.</summary>
    public string Plural(string key, long count, ReadOnlySpan<(string Name, string Value)> args)
    {
        var operands = PluralOperands.Of(count);
        var template = Current.Plural(key, operands) ?? _english.Plural(key, operands);
        return template is null ? key : template.Format(args, count.ToString(CultureInfo.InvariantCulture));
    }

    private LanguageTexts Current => _languages.GetValueOrDefault(TextLanguage.Current.Code) ?? _english;

    private static void CheckAgainstEnglish(LanguageTexts texts, LanguageTexts english)
    {
        foreach (var key in english.Keys.Order(StringComparer.Ordinal))
        {
            if (english.Texts.TryGetValue(key, out var text))
            {
                var other = texts.Texts.GetValueOrDefault(key)
                            ?? throw new InvalidDataException(texts.PluralTexts.ContainsKey(key)
                                ? $"{texts.FileName}: '{key}' must be a single text, as in en.json, not plural forms."
                                : $"{texts.FileName} lacks the text '{key}' that en.json has.");
                CheckPlaceholders(texts.FileName, key, text.Placeholders, other.Placeholders);
            }
            else
            {
                var forms = texts.PluralTexts.GetValueOrDefault(key)
                            ?? throw new InvalidDataException(texts.Texts.ContainsKey(key)
                                ? $"{texts.FileName}: '{key}' must be plural forms, as in en.json, not a single text."
                                : $"{texts.FileName} lacks the text '{key}' that en.json has.");
                var englishPlaceholders = english.PluralTexts[key].Values.SelectMany(form => form.Placeholders).Distinct().ToArray();
                CheckPlaceholders(texts.FileName, key, englishPlaceholders, forms.Values.SelectMany(form => form.Placeholders).Distinct().ToArray());
            }
        }

        foreach (var key in texts.Keys.Order(StringComparer.Ordinal))
        {
            if (!english.Texts.ContainsKey(key) && !english.PluralTexts.ContainsKey(key))
            {
                throw new InvalidDataException($"{texts.FileName} has the text '{key}' that en.json lacks.");
            }
        }
    }

    private static void CheckPlaceholders(string fileName, string key, IReadOnlyList<string> english, IReadOnlyList<string> other)
    {
        foreach (var placeholder in english)
        {
            if (!other.Contains(placeholder))
            {
                throw new InvalidDataException($"{fileName}: '{key}' lacks the placeholder {{{placeholder}}} that en.json has.");
            }
        }

        foreach (var placeholder in other)
        {
            if (!english.Contains(placeholder))
            {
                throw new InvalidDataException($"{fileName}: '{key}' has the placeholder {{{placeholder}}} that en.json lacks.");
            }
        }
    }
}
