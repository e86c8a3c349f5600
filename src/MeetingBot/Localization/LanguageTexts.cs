using System.Collections.Frozen;
using System.Text.Json;

namespace MeetingBot.Localization;

/// <summary>
/// One language's texts file, parsed: each key is a <see cref="TextTemplate"/> or a plural text (one template per
/// CLDR category), and <c>"@plural"</c> holds the language's plural rules (<see cref="PluralRules"/>).
/// </summary>
internal sealed class LanguageTexts
{
    public const string PluralRulesKey = "@plural";

    private LanguageTexts(string fileName, PluralRules plurals, FrozenDictionary<string, TextTemplate> texts,
        FrozenDictionary<string, FrozenDictionary<string, TextTemplate>> pluralTexts)
    {
        FileName = fileName;
        Plurals = plurals;
        Texts = texts;
        PluralTexts = pluralTexts;
    }

    /// <summary>The file's name (<c>ru.json</c>), for the messages that point at it.</summary>
    public string FileName { get; }

    public PluralRules Plurals { get; }

    public FrozenDictionary<string, TextTemplate> Texts { get; }

    /// <summary>Per key, the text for each plural category.</summary>
    public FrozenDictionary<string, FrozenDictionary<string, TextTemplate>> PluralTexts { get; }

    public IEnumerable<string> Keys => Texts.Keys.Concat(PluralTexts.Keys);

    /// <summary>The plural text of <paramref name="key"/> that fits <paramref name="operands"/>; null when the key is not a plural text here.</summary>
    public TextTemplate? Plural(string key, PluralOperands operands) =>
        PluralTexts.TryGetValue(key, out var forms)
            ? forms.GetValueOrDefault(Plurals.CategoryOf(operands)) ?? forms.GetValueOrDefault(PluralRules.Other)
            : null;

    /// <exception cref="InvalidDataException">The file is not a texts file; the message names the file and the key.</exception>
    public static LanguageTexts Parse(string fileName, Stream json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{fileName} is not valid JSON: {error.Message}", error);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{fileName} must hold one JSON object of texts.");
            }

            var rules = new List<(string, PluralRule)>();
            var texts = new Dictionary<string, TextTemplate>(StringComparer.Ordinal);
            var pluralTexts = new Dictionary<string, FrozenDictionary<string, TextTemplate>>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == PluralRulesKey)
                {
                    rules.AddRange(ParseRules(fileName, property.Value));
                }
                else if (property.Value.ValueKind == JsonValueKind.String)
                {
                    texts[property.Name] = TextTemplate.Parse(property.Value.GetString()!);
                }
                else if (property.Value.ValueKind == JsonValueKind.Object)
                {
                    pluralTexts[property.Name] = property.Value.EnumerateObject().ToFrozenDictionary(
                        form => form.Name,
                        form => form.Value.ValueKind == JsonValueKind.String
                            ? TextTemplate.Parse(form.Value.GetString()!)
                            : throw new InvalidDataException($"{fileName}: '{property.Name}' must give each plural form as a string ('{form.Name}' is not)."),
                        StringComparer.Ordinal);
                }
                else
                {
                    throw new InvalidDataException($"{fileName}: '{property.Name}' must be a text or an object of plural forms.");
                }
            }

            var plurals = new PluralRules(rules);
            foreach (var (key, forms) in pluralTexts)
            {
                var missing = plurals.Categories.Where(category => !forms.ContainsKey(category)).ToArray();
                var extra = forms.Keys.Where(category => !plurals.Categories.Contains(category)).ToArray();
                if (missing.Length > 0 || extra.Length > 0)
                {
                    throw new InvalidDataException(
                        $"{fileName}: '{key}' must have exactly the plural forms {string.Join(", ", plurals.Categories)} of the file's {PluralRulesKey} rules" +
                        (missing.Length > 0 ? $"; it lacks {string.Join(", ", missing)}" : "") +
                        (extra.Length > 0 ? $"; {string.Join(", ", extra)} is not one of them" : "") + ".");
                }
            }

            return new LanguageTexts(fileName, plurals, texts.ToFrozenDictionary(StringComparer.Ordinal), pluralTexts.ToFrozenDictionary(StringComparer.Ordinal));
        }
    }

    private static IEnumerable<(string, PluralRule)> ParseRules(string fileName, JsonElement rules)
    {
        if (rules.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{fileName}: '{PluralRulesKey}' must map plural categories to CLDR rules.");
        }

        foreach (var rule in rules.EnumerateObject())
        {
            if (rule.Name == PluralRules.Other || rule.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"{fileName}: '{PluralRulesKey}' must give each category but '{PluralRules.Other}' a CLDR rule as a string ('{rule.Name}' does not).");
            }

            PluralRule parsed;
            try
            {
                parsed = PluralRule.Parse(rule.Value.GetString()!);
            }
            catch (FormatException error)
            {
                throw new InvalidDataException($"{fileName}: the '{rule.Name}' rule of '{PluralRulesKey}' is not supported: {error.Message}", error);
            }

            yield return (rule.Name, parsed);
        }
    }
}
