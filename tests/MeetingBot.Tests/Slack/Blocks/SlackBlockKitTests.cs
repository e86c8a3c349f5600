using MeetingBot.Slack.Blocks;

namespace MeetingBot.Tests.Slack.Blocks;

/// <summary>Cutting text to Slack's limits leaves what is left readable: no half character, no half escape, a count of the rest.</summary>
public sealed class SlackBlockKitTests
{
    [Theory]
    [InlineData("abcdef", 10, "abcdef")]
    [InlineData("abcdef", 6, "abcdef")]
    [InlineData("abcdefg", 6, "abcde…")]
    [InlineData("abcd🟢efg", 6, "abcd…")]
    [InlineData("ab &amp; cd", 8, "ab …")]
    [InlineData("ab &amp; cd", 10, "ab &amp; …")]
    public void Fit_cuts_with_an_ellipsis_but_never_inside_a_character_or_an_escape(string text, int max, string expected)
    {
        var fitted = SlackBlockKit.Fit(text, max);

        Assert.Equal(expected, fitted);
        Assert.True(fitted.Length <= max);
    }

    [Fact]
    public void Names_are_listed_while_they_fit_and_the_rest_counted()
    {
        string[] names = ["Ann", "Bob", "Carl", "Dora", "Emil"];

        Assert.Equal("Ann, Bob, Carl, Dora, Emil", SlackBlockKit.JoinWhileFits(names, ", ", 100, more => $"…and {more} more."));
        Assert.Equal("Ann, Bob …and 3 more.", SlackBlockKit.JoinWhileFits(names, ", ", 22, more => $"…and {more} more."));
        Assert.Equal("…and 1 more.", SlackBlockKit.JoinWhileFits([new string('x', 50)], ", ", 20, more => $"…and {more} more."));
    }

    [Fact]
    public void Lines_fill_sections_up_to_the_limit_and_count_what_is_left()
    {
        var lines = Enumerable.Range(0, 100).Select(index => $"{index:000} " + new string('x', 96)).ToArray();

        var sections = SlackBlockKit.Lines(lines, maxSections: 2, more => $"…and {more} more.");

        Assert.Equal(2, sections.Count);
        Assert.All(sections, section => Assert.True(section.Text!.Text.Length <= 3000));
        Assert.Equal(29, sections[0].Text!.Text.Split('\n').Length);
        var second = sections[1].Text!.Text.Split('\n');
        Assert.Equal($"…and {100 - 29 - (second.Length - 1)} more.", second[^1]);
        Assert.Equal(lines.Length, 29 + second.Length - 1 + int.Parse(second[^1].Split(' ')[1]));
    }
}
