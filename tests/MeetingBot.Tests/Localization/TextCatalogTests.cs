using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Tests.Localization;

/// <summary>Texts in the current language, placeholders filled by name, and never an exception at a user.</summary>
public sealed class TextCatalogTests
{
    [Fact]
    public void Writes_in_the_current_language()
    {
        Assert.Equal("Stopped **Review** for everyone.", BotTexts.Stopped("Review"));
        using (TextLanguage.Use(new Language("ru")))
        {
            Assert.Equal("Встреча **Review** остановлена для всех.", BotTexts.Stopped("Review"));
        }

        Assert.Equal("Stopped **Review** for everyone.", BotTexts.Stopped("Review"));
    }

    [Fact]
    public void A_language_without_a_texts_file_gets_english()
    {
        using var _ = TextLanguage.Use(new Language("de"));

        Assert.Equal("Stopped **Review** for everyone.", BotTexts.Stopped("Review"));
    }

    [Fact]
    public void An_unknown_key_gives_the_key_rather_than_throwing()
    {
        Assert.Equal("No.Such.Text", Texts.Format("No.Such.Text", ("topic", "x")));
        Assert.Equal("No.Such.Count", Texts.Plural("No.Such.Count", 3));
    }

    [Theory]
    [InlineData("Stopped **{topic}**.", "Stopped **Планёрка**.")]
    [InlineData("{topic}", "Планёрка")]
    [InlineData("{topic} · {topic}", "Планёрка · Планёрка")]
    [InlineData("{owner} owns {topic}", "Елена Петрова owns Планёрка")]
    [InlineData("No placeholders", "No placeholders")]
    [InlineData("{missing} stays", "{missing} stays")]
    [InlineData("{ not a name } {1x} {} {", "{ not a name } {1x} {} {")]
    public void Fills_placeholders_by_name(string template, string expected) =>
        Assert.Equal(expected, TextTemplate.Parse(template).Format([("topic", "Планёрка"), ("owner", "Елена Петрова")]));

    [Fact]
    public void A_long_text_is_filled_whole() =>
        Assert.Equal(new string('ж', 1000) + "!", TextTemplate.Parse("{long}!").Format([("long", new string('ж', 1000))]));

    [Fact]
    public void Lists_names_with_the_languages_and()
    {
        Assert.Equal("Invited **a**, **b** and **c** to **Review**.", BotTexts.Invited(["a", "b", "c"], "Review"));
        using var _ = TextLanguage.Use(new Language("ru"));
        Assert.Equal("На встречу **Review** приглашены: **Дэн**, **Елена** и **kevin**.", BotTexts.Invited(["Дэн", "Елена", "kevin"], "Review"));
        Assert.Contains("**Елена Петрова** или **Елена Смирнова**", BotTexts.SeveralMembers("Елена", ["Елена Петрова", "Елена Смирнова"]));
    }

    [Fact]
    public void Advice_follows_the_reason_in_the_same_language()
    {
        using var _ = TextLanguage.Use(new Language("ru"));

        Assert.Equal(
            "Встреча не начата. Не удалось найти **kevin** в TrueConf. Проверьте написание, укажите логин TrueConf или упомяните человека через @.",
            BotTexts.NotDone(BotTexts.StartTheMeeting, "TrueConf", [BotTexts.PersonUnknown("TrueConf", "kevin")], typedNotFound: true, mentionedNotFound: false));
    }
}
