using System.Text;
using MeetingBot.Localization;

namespace MeetingBot.Tests.Localization;

/// <summary>
/// Every language says everything English says, with the same placeholders, and each counted text in every form
/// its language's plural rules produce; a file that falls short is refused by name.
/// </summary>
public sealed class TextsParityTests
{
    public static TheoryData<string> OtherLanguages => new(Languages.Discover().Where(language => language != Language.English).Select(language => language.Code));

    [Fact]
    public void The_embedded_texts_files_load() => TextCatalog.LoadEmbedded();

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_language_has_exactly_the_english_keys(string code)
    {
        var english = File("en");
        var other = File(code);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(english.PluralTexts.Keys.Order(StringComparer.Ordinal), other.PluralTexts.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_text_has_the_english_placeholders(string code)
    {
        var english = File("en");
        var other = File(code);

        foreach (var (key, text) in english.Texts)
        {
            Assert.True(text.Placeholders.Order().SequenceEqual(other.Texts[key].Placeholders.Order()), $"{code}.json '{key}': {string.Join(",", other.Texts[key].Placeholders)}");
        }

        foreach (var (key, forms) in english.PluralTexts)
        {
            foreach (var (category, form) in other.PluralTexts[key])
            {
                var expected = forms.Values.SelectMany(english => english.Placeholders).Distinct().Order();
                Assert.True(expected.SequenceEqual(form.Placeholders.Order()), $"{code}.json '{key}' ({category}): {string.Join(",", form.Placeholders)}");
            }
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Every_counted_text_has_exactly_the_forms_its_rules_produce(string code)
    {
        var texts = File(code);

        Assert.NotEmpty(texts.PluralTexts);
        foreach (var (key, forms) in texts.PluralTexts)
        {
            Assert.True(texts.Plurals.Categories.Order().SequenceEqual(forms.Keys.Order()), $"{code}.json '{key}': {string.Join(",", forms.Keys)}");
        }
    }

    [Fact]
    public void Russian_rules_produce_one_few_many_and_other() =>
        Assert.Equal(["one", "few", "many", "other"], File("ru").Plurals.Categories);

    [Fact]
    public void A_file_missing_a_text_is_refused_naming_the_file_and_the_key()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(
            """{ "Stopped": "Stopped **{topic}** for everyone.", "Welcome": "Hi!" }""",
            """{ "Stopped": "Встреча **{topic}** остановлена для всех." }"""));

        Assert.Contains("ru.json", error.Message);
        Assert.Contains("'Welcome'", error.Message);
    }

    [Fact]
    public void A_text_missing_a_placeholder_is_refused_naming_the_file_the_key_and_the_placeholder()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(
            """{ "Invited": "Invited {names} to **{topic}**." }""",
            """{ "Invited": "На встречу приглашены: {names}." }"""));

        Assert.Contains("ru.json", error.Message);
        Assert.Contains("'Invited'", error.Message);
        Assert.Contains("{topic}", error.Message);
    }

    [Fact]
    public void A_text_with_a_placeholder_english_lacks_is_refused() =>
        Assert.Contains("{name}", Assert.Throws<InvalidDataException>(() => Load(
            """{ "Stopped": "Stopped **{topic}**." }""",
            """{ "Stopped": "Встреча **{topic}** остановлена: {name}." }""")).Message);

    [Fact]
    public void A_text_english_lacks_is_refused() =>
        Assert.Contains("'Extra'", Assert.Throws<InvalidDataException>(() => Load(
            """{ "Stopped": "Stopped." }""",
            """{ "Stopped": "Остановлена.", "Extra": "Лишнее" }""")).Message);

    [Fact]
    public void A_counted_text_missing_a_form_of_its_rules_is_refused_naming_the_form()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(
            """{ "@plural": { "one": "i = 1 and v = 0" }, "Count": { "one": "{count} person", "other": "{count} people" } }""",
            """{ "@plural": { "one": "v = 0 and i % 10 = 1 and i % 100 != 11", "few": "v = 0 and i % 10 = 2..4 and i % 100 != 12..14" }, "Count": { "one": "{count} участник", "other": "{count} участника" } }"""));

        Assert.Contains("ru.json", error.Message);
        Assert.Contains("'Count'", error.Message);
        Assert.Contains("few", error.Message);
    }

    [Fact]
    public void A_counted_text_given_as_one_text_is_refused() =>
        Assert.Contains("'Count'", Assert.Throws<InvalidDataException>(() => Load(
            """{ "@plural": { "one": "i = 1 and v = 0" }, "Count": { "one": "{count} person", "other": "{count} people" } }""",
            """{ "Count": "{count} чел." }""")).Message);

    [Fact]
    public void A_rule_outside_the_supported_subset_is_refused_naming_the_file() =>
        Assert.Contains("ru.json", Assert.Throws<InvalidDataException>(() => Load(
            """{ "Stopped": "Stopped." }""",
            """{ "@plural": { "one": "f = 1" }, "Stopped": "Остановлена." }""")).Message);

    [Fact]
    public void Start_up_checks_the_embedded_files() =>
        Assert.True(new TextsValidation().Validate(null, new global::MeetingBot.Meetings.MeetingBotOptions()).Succeeded);

    private static TextCatalog Load(string english, string russian) =>
        TextCatalog.Load(
        [
            (Language.English, LanguageTexts.Parse("en.json", new MemoryStream(Encoding.UTF8.GetBytes(english)))),
            (new Language("ru"), LanguageTexts.Parse("ru.json", new MemoryStream(Encoding.UTF8.GetBytes(russian)))),
        ]);

    private static LanguageTexts File(string code)
    {
        using var stream = Languages.Open(new Language(code));
        return LanguageTexts.Parse(code + ".json", stream);
    }
}
