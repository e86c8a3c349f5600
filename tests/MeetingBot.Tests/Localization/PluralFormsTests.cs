using MeetingBot.Localization;
using MeetingBot.Meetings;

namespace MeetingBot.Tests.Localization;

/// <summary>Counted words in each language, from 0 to 25 and past a hundred, through the texts the bot really sends.</summary>
public sealed class PluralFormsTests
{
    public static TheoryData<long, string, string> Russian => new()
    {
        { 0, "участников", "минут" },
        { 1, "участник", "минуту" },
        { 2, "участника", "минуты" },
        { 3, "участника", "минуты" },
        { 4, "участника", "минуты" },
        { 5, "участников", "минут" },
        { 6, "участников", "минут" },
        { 7, "участников", "минут" },
        { 8, "участников", "минут" },
        { 9, "участников", "минут" },
        { 10, "участников", "минут" },
        { 11, "участников", "минут" },
        { 12, "участников", "минут" },
        { 13, "участников", "минут" },
        { 14, "участников", "минут" },
        { 15, "участников", "минут" },
        { 16, "участников", "минут" },
        { 17, "участников", "минут" },
        { 18, "участников", "минут" },
        { 19, "участников", "минут" },
        { 20, "участников", "минут" },
        { 21, "участник", "минуту" },
        { 22, "участника", "минуты" },
        { 23, "участника", "минуты" },
        { 24, "участника", "минуты" },
        { 25, "участников", "минут" },
        { 101, "участник", "минуту" },
        { 111, "участников", "минут" },
        { 121, "участник", "минуту" },
    };

    [Theory]
    [MemberData(nameof(Russian))]
    public void Russian_counts_take_the_form_their_number_needs(long count, string participants, string minutes)
    {
        using var _ = TextLanguage.Use(new Language("ru"));

        Assert.Equal($"🟢 Идёт · {count} {participants} в конференции", Texts.Plural("Card.RunningCount", count));
        Assert.Contains($"идёт уже {count} {minutes},", Texts.Plural("ForgottenMeeting", count, ("topic", "Планёрка")));
    }

    public static TheoryData<long> English => new() { 0, 1, 2, 3, 4, 5, 11, 12, 20, 21, 22, 25, 101, 111, 121 };

    [Theory]
    [MemberData(nameof(English))]
    public void English_counts_need_one_form_only(long count)
    {
        Assert.Equal($"🟢 Running · {count} in the call", Texts.Plural("Card.RunningCount", count));
        Assert.Equal($"Who is in · {count} in the call", BotTexts.Card.WhoIsInCount((int)count));
    }

    [Fact]
    public void English_rules_tell_one_from_other()
    {
        var english = LanguageTexts.Parse("en.json", Embedded("en"));

        Assert.Equal("one", english.Plurals.CategoryOf(PluralOperands.Of(1)));
        Assert.Equal("other", english.Plurals.CategoryOf(PluralOperands.Of(0)));
        Assert.Equal("other", english.Plurals.CategoryOf(PluralOperands.Of(21)));
        Assert.Equal("other", english.Plurals.CategoryOf(PluralOperands.Of("1.0")));
    }

    [Theory]
    [InlineData("0", "many")]
    [InlineData("1", "one")]
    [InlineData("2", "few")]
    [InlineData("4", "few")]
    [InlineData("5", "many")]
    [InlineData("11", "many")]
    [InlineData("12", "many")]
    [InlineData("14", "many")]
    [InlineData("21", "one")]
    [InlineData("22", "few")]
    [InlineData("24", "few")]
    [InlineData("101", "one")]
    [InlineData("111", "many")]
    [InlineData("112", "many")]
    [InlineData("1000", "many")]
    [InlineData("1.5", "other")]
    [InlineData("0.1", "other")]
    public void Russian_numbers_fall_in_their_cldr_category(string number, string category) =>
        Assert.Equal(category, LanguageTexts.Parse("ru.json", Embedded("ru")).Plurals.CategoryOf(PluralOperands.Of(number)));

    [Theory]
    [InlineData("en", 0, "under a minute")]
    [InlineData("en", 59, "under a minute")]
    [InlineData("en", 60, "1 min")]
    [InlineData("en", 23 * 60, "23 min")]
    [InlineData("en", 65 * 60, "1 h 5 min")]
    [InlineData("en", 120 * 60 + 59, "2 h")]
    [InlineData("ru", 30, "меньше минуты")]
    [InlineData("ru", 60, "1 минута")]
    [InlineData("ru", 2 * 60, "2 минуты")]
    [InlineData("ru", 11 * 60, "11 минут")]
    [InlineData("ru", 21 * 60, "21 минута")]
    [InlineData("ru", 23 * 60, "23 минуты")]
    [InlineData("ru", 65 * 60, "1 ч 5 мин")]
    [InlineData("ru", 125 * 60, "2 ч 5 мин")]
    [InlineData("ru", 180 * 60, "3 ч")]
    public void Durations_are_in_words(string language, int seconds, string expected)
    {
        using var _ = TextLanguage.Use(new Language(language));

        Assert.Equal(expected, MeetingCardTexts.Duration(TimeSpan.FromSeconds(seconds)));
    }

    [Theory]
    [InlineData("en", 45, "**Retro** has been running for 45 min with nobody")]
    [InlineData("en", 61, "**Retro** has been running for 1 h 1 min with nobody")]
    [InlineData("en", 120, "**Retro** has been running for 2 h with nobody")]
    [InlineData("ru", 21, "Встреча **Retro** идёт уже 21 минуту, и в ней только вы.")]
    [InlineData("ru", 59, "Встреча **Retro** идёт уже 59 минут, и в ней только вы.")]
    [InlineData("ru", 61, "Встреча **Retro** идёт уже 1 ч 1 мин, и в ней только вы.")]
    [InlineData("ru", 24 * 60 + 30, "Встреча **Retro** идёт уже 24 ч 30 мин, и в ней только вы.")]
    public void The_forgotten_meeting_reminder_counts_minutes_within_the_hour_then_hours(string language, int minutes, string expected)
    {
        using var _ = TextLanguage.Use(new Language(language));

        Assert.StartsWith(expected, BotTexts.ForgottenMeeting("Retro", TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(40)));
    }

    private static Stream Embedded(string code) => Languages.Open(new Language(code));
}
