using MeetingBot.Commands;

namespace MeetingBot.Tests.Commands;

/// <summary>Mentions arrive as <c>&lt;at&gt;Name&lt;/at&gt;</c> in the text plus entities (see <see cref="TeamsMentions"/>).</summary>
public class MentionParsingTests
{
    private const string Kevin = "@29:kevin-smith=Kevin Smith";
    private const string Dean = "@29:dean=Dean";
    private const string Helen = "@29:helen=Helen";

    [Theory]
    [InlineData("start meeting with <at>Kevin Smith</at>", $"Start(null; [{Kevin}])")]
    [InlineData("start meeting with <at>Kevin Smith</at>,<at>Dean</at>", $"Start(null; [{Kevin}, {Dean}])")]
    [InlineData("start meeting with <at>Kevin Smith</at>, <at>Dean</at>", $"Start(null; [{Kevin}, {Dean}])")]
    [InlineData("start meeting with <at>Kevin Smith</at><at>Dean</at>", $"Start(null; [{Kevin}, {Dean}])")]
    [InlineData("start meeting with <at>Kevin Smith</at> <at>Dean</at>", $"Start(null; [{Kevin}, {Dean}])")]
    [InlineData("start meeting with <at>Kevin Smith</at>and <at>Dean</at>", $"Start(null; [{Kevin}, {Dean}])")]
    [InlineData("start meeting with <at>Kevin Smith</at>and<at>Dean</at>", $"Start(null; [{Kevin}, {Dean}])")]
    [InlineData("start meeting with<at>Kevin Smith</at>", $"Start(null; [{Kevin}])")]
    [InlineData("start meeting with <at>Kevin Smith</at> & <at>Dean</at> and <at>Helen</at>", $"Start(null; [{Kevin}, {Dean}, {Helen}])")]
    [InlineData("start meeting with <AT>Kevin Smith</AT>", "Start(null; [@29:kevin-smith=Kevin Smith])")]
    public void Mentions_become_mentioned_people_whatever_the_spacing(string text, string expected) =>
        Assert.Equal(expected, ParsedCommand.Parse(text));

    [Theory]
    [InlineData("start meeting with <at>Kevin Smith</at>, dean and <at>Helen</at>", $"Start(null; [{Kevin}, dean, {Helen}])")]
    [InlineData("start meeting with dean,<at>Kevin Smith</at> helen", $"Start(null; [dean, {Kevin}, helen])")]
    [InlineData("start meeting with <at>Kevin Smith</at> and kevin", $"Start(null; [{Kevin}, kevin])")]
    [InlineData("start meeting with <at>Kevin Smith</at> and me", $"Start(null; [{Kevin}])")]
    public void Mentions_and_typed_names_mix_in_one_list(string text, string expected) =>
        Assert.Equal(expected, ParsedCommand.Parse(text));

    [Theory]
    [InlineData("start meeting with <at>Kevin Smith</at> and <at>Kevin Smith</at>", $"Start(null; [{Kevin}])")]
    [InlineData("start meeting with <at>Dean</at>, <at>Kevin Smith</at>, <at>Dean</at>", $"Start(null; [{Dean}, {Kevin}])")]
    [InlineData("start meeting with <at>Dean</at> with <at>Dean</at>", $"Start(null; [{Dean}])")]
    public void A_mention_repeated_in_the_text_is_one_person(string text, string expected) =>
        Assert.Equal(expected, ParsedCommand.Parse(text));

    [Theory]
    [InlineData("start meeting <at>Kevin Smith</at>", $"Start(null; [{Kevin}])")]
    [InlineData("start meeting <at>Kevin Smith</at> <at>Dean</at>", $"Start(null; [{Kevin}, {Dean}])")]
    [InlineData("start meeting <at>Dean</at> about budget", $"Start(\"budget\"; [{Dean}])")]
    [InlineData("start meeting about budget with <at>Dean</at>", $"Start(\"budget\"; [{Dean}])")]
    [InlineData("start meeting \"Design review\" with <at>Kevin Smith</at>", $"Start(\"Design review\"; [{Kevin}])")]
    [InlineData("start meeting about <at>Kevin Smith</at>'s onboarding", "Start(\"Kevin Smith's onboarding\"; [])")]
    [InlineData("<p>start meeting with <at>Kevin Smith</at>&nbsp;and&nbsp;<at>Dean</at></p>", $"Start(null; [{Kevin}, {Dean}])")]
    [InlineData("start meeting with <at>O&#39;Brien</at>", "Start(null; [@29:o'brien=O'Brien])")]
    public void Mentions_work_with_topics_and_without_a_marker(string text, string expected) =>
        Assert.Equal(expected, ParsedCommand.Parse(text));

    [Fact]
    public void The_entity_gives_id_and_name_even_when_the_markup_shows_another_name()
    {
        var command = TestParser.Parse(
            "start meeting with <at>Kev</at>",
            [new MessageMention("29:abc", "Kevin Smith", "<at>Kev</at>")]);

        Assert.Equal("Start(null; [@29:abc=Kevin Smith])", ParsedCommand.Describe(command));
    }

    [Fact]
    public void Two_markups_of_one_user_are_one_person()
    {
        var command = TestParser.Parse(
            "start meeting with <at>Kevin</at> and <at>Kevin Smith</at>",
            [new MessageMention("29:k", "Kevin Smith", "<at>Kevin</at>"), new MessageMention("29:k", "Kevin Smith", "<at>Kevin Smith</at>")]);

        Assert.Equal("Start(null; [@29:k=Kevin Smith])", ParsedCommand.Describe(command));
    }

    [Fact]
    public void An_entity_whose_markup_is_not_in_the_text_is_ignored()
    {
        var command = TestParser.Parse(
            "start meeting with kevin",
            [new MessageMention("29:dean", "Dean", "<at>Dean</at>")]);

        Assert.Equal("Start(null; [kevin])", ParsedCommand.Describe(command));
    }

    [Fact]
    public void Markup_without_an_entity_is_read_as_a_typed_name()
    {
        var command = TestParser.Parse("start meeting with <at>Dean</at> and <at>Helen Hunt</at>", []);

        Assert.Equal("Start(null; [Dean, Helen Hunt])", ParsedCommand.Describe(command));
    }

    [Fact]
    public void Private_use_characters_typed_by_the_user_do_not_pose_as_mentions()
    {
        var command = TestParser.Parse(
            "start meeting with \uE000kevin",
            [new MessageMention("29:dean", "Dean", "<at>Dean</at>")]);

        Assert.Equal("Start(null; [kevin])", ParsedCommand.Describe(command));
    }

    [Fact]
    public void Unknown_text_shows_mentions_by_name()
    {
        var command = TestParser.Parse("hello <at>Kevin Smith</at>!", TeamsMentions.In("<at>Kevin Smith</at>"));

        Assert.Equal("Unknown(hello Kevin Smith!)", ParsedCommand.Describe(command));
    }

    [Fact]
    public void A_mention_is_not_a_trueconf_id()
    {
        const string text = "my trueconf id is <at>Helen</at>";

        Assert.Equal("Unknown(my trueconf id is Helen)", ParsedCommand.Parse(text));
    }
}
