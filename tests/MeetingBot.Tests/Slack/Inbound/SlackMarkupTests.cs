using MeetingBot.Slack.Inbound;

namespace MeetingBot.Tests.Slack.Inbound;

public sealed class SlackMarkupTests
{
    private static readonly Dictionary<string, string> Names = new() { ["U0KEVIN"] = "Kevin Smith", ["U0DEAN"] = "Dean Novak" };

    [Fact]
    public void Mentions_with_and_without_a_name_become_people_named_as_Slack_knows_them_and_the_bots_own_is_dropped()
    {
        var (text, mentions) = SlackMarkup.Read("<@U0BOT> start meeting with <@U0KEVIN> and <@U0DEAN|dean>", "U0BOT", Names.GetValueOrDefault);

        Assert.Equal("start meeting with <@U0KEVIN> and <@U0DEAN|dean>", text);
        Assert.Equal(
            [("U0KEVIN", "Kevin Smith", "<@U0KEVIN>"), ("U0DEAN", "Dean Novak", "<@U0DEAN|dean>")],
            mentions.Select(mention => (mention.ChatUserId, mention.Name, mention.MentionText)));
    }

    [Fact]
    public void A_person_Slack_cannot_name_keeps_the_name_the_mention_carries()
    {
        var (_, mentions) = SlackMarkup.Read("with <@W0NEW|newcomer>", "U0BOT", _ => null);

        Assert.Equal("newcomer", Assert.Single(mentions).Name);
    }

    [Fact]
    public void Links_channels_and_special_mentions_become_plain_words_and_entities_are_decoded()
    {
        var (text, mentions) = SlackMarkup.Read(
            "start meeting \"Q&amp;A &lt;draft&gt;\" in <#C0BBB|general> see <https://x.example/a|the doc> <!here>", "U0BOT", _ => null);

        Assert.Equal("start meeting \"Q&A <draft>\" in general see the doc", text);
        Assert.Empty(mentions);
    }

    [Fact]
    public void Typed_angle_brackets_are_never_taken_for_a_mention()
    {
        // Slack escapes what people type: "&lt;@U0KEVIN&gt;" is text, not a mention of Kevin.
        var (text, mentions) = SlackMarkup.Read("with &lt;@U0KEVIN&gt;", "U0BOT", Names.GetValueOrDefault);

        Assert.Empty(mentions);
        Assert.Equal("with <@U0KEVIN>", text);
        Assert.Empty(SlackMarkup.MentionedUserIds("with &lt;@U0KEVIN&gt;"));
    }
}
