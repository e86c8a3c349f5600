using MeetingBot.Commands;

namespace MeetingBot.Tests.Commands;

public class CommandTextTests
{
    [Theory]
    [InlineData("start meeting", "start meeting")]
    [InlineData("  start \t meeting \r\n", "start meeting")]
    [InlineData("start\u00A0meeting", "start meeting")]
    [InlineData("start&nbsp;meeting", "start meeting")]
    [InlineData("Tom &amp; Jerry", "Tom & Jerry")]
    [InlineData("O&#39;Brien &quot;x&quot;", "O'Brien \"x\"")]
    [InlineData("&lt;p&gt; is text", "<p> is text")]
    [InlineData("<p>start</p><p>meeting</p>", "start meeting")]
    [InlineData("<div><span style=\"x\">start</span><br/>meeting</div>", "start meeting")]
    [InlineData("<emoji id=\"smile\" alt=\"😄\" title=\"Smile\"></emoji> hi", "hi")]
    [InlineData("Kevin <kevin@contoso.com>", "Kevin <kevin@contoso.com>")]
    [InlineData("a < b > c", "a < b > c")]
    [InlineData("what’s ‘up’", "what's 'up'")]
    [InlineData("party 🎉🎉 time", "party time")]
    [InlineData("ok 👍🏽", "ok")]
    [InlineData("zero\u200Bwidth", "zero width")]
    [InlineData("1\uFE0F\u20E3 first", "1 first")]
    [InlineData("José Zoë", "José Zoë")]
    public void Normalise_cleans_markup_entities_spacing_and_emoji(string text, string expected) =>
        Assert.Equal(expected, CommandText.Normalize(text, []));

    [Fact]
    public void Normalise_returns_clean_text_unchanged_without_copying()
    {
        const string text = "start meeting with kevin";

        Assert.Same(text, CommandText.Normalize(text, []));
    }

    [Fact]
    public void Mentions_become_markers_before_tags_are_stripped_and_render_back_as_names()
    {
        var mentions = new[]
        {
            new MessageMention("29:k", "Kevin Smith", "<at>Kevin Smith</at>"),
            new MessageMention("29:o", "O'Brien", "<at>O&#39;Brien</at>"),
        };

        var normalised = CommandText.Normalize("<p>with <at>kevin smith</at>and<at>O&#39;Brien</at></p>", mentions);

        Assert.Equal("with \uE000and\uE001", normalised);
        Assert.Equal("with Kevin SmithandO'Brien", CommandText.Render(normalised, mentions));
    }
}
