using MeetingBot.Localization;

namespace MeetingBot.Tests.Localization;

/// <summary>The CLDR subset the texts files' <c>@plural</c> rules are written in, one construct at a time.</summary>
public sealed class PluralRuleTests
{
    [Theory]
    [InlineData("n = 1", "1", true)]
    [InlineData("n = 1", "2", false)]
    [InlineData("n = 1", "1.0", true)]
    [InlineData("i = 1", "1.5", true)]
    [InlineData("i = 1", "2.5", false)]
    [InlineData("v = 0", "3", true)]
    [InlineData("v = 0", "3.0", false)]
    [InlineData("v = 2", "3.25", true)]
    public void Reads_the_operands_n_i_and_v(string rule, string number, bool matches) =>
        Assert.Equal(matches, PluralRule.Parse(rule).Matches(PluralOperands.Of(number)));

    [Theory]
    [InlineData("n % 10 = 1", 21, true)]
    [InlineData("n % 10 = 1", 12, false)]
    [InlineData("n % 100 = 11", 111, true)]
    [InlineData("n%10=1", 31, true)]
    public void Takes_the_remainder(string rule, long count, bool matches) =>
        Assert.Equal(matches, PluralRule.Parse(rule).Matches(PluralOperands.Of(count)));

    [Theory]
    [InlineData("n != 1", 1, false)]
    [InlineData("n != 1", 7, true)]
    [InlineData("n != 12..14", 13, false)]
    [InlineData("n != 12..14", 15, true)]
    public void Negates_with_not_equal(string rule, long count, bool matches) =>
        Assert.Equal(matches, PluralRule.Parse(rule).Matches(PluralOperands.Of(count)));

    [Theory]
    [InlineData("n = 2..4", 2, true)]
    [InlineData("n = 2..4", 4, true)]
    [InlineData("n = 2..4", 5, false)]
    [InlineData("n = 1,3,5", 3, true)]
    [InlineData("n = 1,3,5", 4, false)]
    [InlineData("n = 0,2..4,7", 0, true)]
    [InlineData("n = 0,2..4,7", 3, true)]
    [InlineData("n = 0,2..4,7", 7, true)]
    [InlineData("n = 0,2..4,7", 6, false)]
    public void Matches_ranges_and_lists(string rule, long count, bool matches) =>
        Assert.Equal(matches, PluralRule.Parse(rule).Matches(PluralOperands.Of(count)));

    [Fact]
    public void A_range_holds_integers_only() => Assert.False(PluralRule.Parse("n = 2..4").Matches(PluralOperands.Of("2.5")));

    [Theory]
    [InlineData("n % 10 = 1 and n % 100 != 11", 21, true)]
    [InlineData("n % 10 = 1 and n % 100 != 11", 11, false)]
    [InlineData("n = 1 or n = 5", 5, true)]
    [InlineData("n = 1 or n = 5", 3, false)]
    // "and" binds tighter than "or": (n = 1 and n = 2) or n = 3.
    [InlineData("n = 1 and n = 2 or n = 3", 3, true)]
    [InlineData("n = 1 and n = 2 or n = 3", 1, false)]
    [InlineData("n = 3 or n = 1 and n = 2", 1, false)]
    public void Combines_with_and_before_or(string rule, long count, bool matches) =>
        Assert.Equal(matches, PluralRule.Parse(rule).Matches(PluralOperands.Of(count)));

    [Fact]
    public void Ignores_the_samples_after_the_at_sign() =>
        Assert.True(PluralRule.Parse("i = 1 and v = 0 @integer 1").Matches(PluralOperands.Of(1)));

    [Fact]
    public void Counts_negative_numbers_by_their_absolute_value() =>
        Assert.True(PluralRule.Parse("n % 10 = 1").Matches(PluralOperands.Of(-21)));

    [Theory]
    [InlineData("f = 0")]
    [InlineData("n = ")]
    [InlineData("n < 1")]
    [InlineData("n = 1 xor n = 2")]
    [InlineData("n = 1 and")]
    public void Refuses_what_it_cannot_evaluate(string rule) => Assert.Throws<FormatException>(() => PluralRule.Parse(rule));
}
