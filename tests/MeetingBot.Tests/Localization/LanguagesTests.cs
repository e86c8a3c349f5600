using MeetingBot.Localization;

namespace MeetingBot.Tests.Localization;

public sealed class LanguagesTests
{
    private readonly Languages _languages = new(Language.English);

    [Fact]
    public void Speaks_exactly_the_languages_it_has_a_texts_file_for() =>
        Assert.Equal(["en", "ru"], _languages.Supported.Select(language => language.Code));

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("ru", "ru")]
    [InlineData("RU", "ru")]
    [InlineData("en_US", "en")]
    [InlineData("en-GB", "en")]
    public void Matches_a_chat_platform_locale_to_a_spoken_language(string locale, string expected) =>
        Assert.Equal(expected, _languages.Match(locale)?.Code);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("de-DE")]
    public void Matches_nothing_for_a_locale_it_does_not_speak(string? locale) => Assert.Null(_languages.Match(locale));

    [Fact]
    public void Chooses_the_first_spoken_choice_else_the_default()
    {
        var russianByDefault = new Languages(new Language("ru"));
        Assert.Equal("en", russianByDefault.For(null, "de-DE", "en-US", "ru-RU").Code);
        Assert.Equal("ru", russianByDefault.For(null, "de-DE").Code);
    }

    [Fact]
    public void Refuses_a_default_it_has_no_texts_for() =>
        Assert.Throws<ArgumentException>(() => new Languages(new Language("de")));

    [Fact]
    public async Task The_language_set_around_work_flows_with_it_and_ends_with_its_scope()
    {
        Assert.Equal(Language.English, TextLanguage.Current);
        using (TextLanguage.Use(new Language("ru")))
        {
            await Task.Yield();
            Assert.Equal("ru", TextLanguage.Current.Code);
        }

        Assert.Equal(Language.English, TextLanguage.Current);
    }
}
