using MeetingBot.Meetings;
using MeetingBot.Slack.Blocks;
using static MeetingBot.Tests.Slack.Blocks.SlackTestReplies;

namespace MeetingBot.Tests.Slack.Blocks;

/// <summary>The App Home tab: the user's meetings with Join buttons, then a short how-to.</summary>
public sealed class SlackHomeTabTests
{
    [Fact]
    public void The_home_tab_lists_the_meetings_with_join_buttons_then_the_how_to()
    {
        var help = HelpHandler.Welcome(Backend);
        var blocks = SlackBlocksJson.Blocks(SlackHomeTab.For(List(2, more: 1), help));

        Assert.Equal(["header", "section", "section", "context", "divider", "header", "context", "section"], blocks.Select(block => (string?)block!["type"]));
        Assert.Equal("Your TrueConf meetings", (string?)blocks[0]!["text"]!["text"]);
        Assert.Equal(["https://video.example/webrtc/420", "https://video.example/webrtc/421"], blocks.Buttons().Select(button => (string?)button["url"]));
        Assert.All(blocks.Buttons(), button => Assert.Equal("meeting.join", (string?)button["action_id"]));
        Assert.Equal("…and 1 more.", (string?)blocks[3]!["elements"]![0]!["text"]);
        Assert.Equal("MeetingBot", (string?)blocks[5]!["text"]!["text"]);
        Assert.Equal(help.Commands.Select(example => $"• `{example.Example}` — {example.Description}"), ((string)blocks[7]!["text"]!["text"]!).Split('\n'));
    }

    [Fact]
    public void With_no_meetings_the_home_tab_says_so()
    {
        var blocks = SlackBlocksJson.Blocks(SlackHomeTab.For(List(0), HelpHandler.For(Backend, null)));

        Assert.Equal("You have no running or upcoming TrueConf meetings.", (string?)blocks[1]!["text"]!["text"]);
        Assert.Empty(blocks.Buttons());
        Assert.Empty(BlockKitLimits.Errors(blocks, maxBlocks: 100));
    }

    [Fact]
    public void Two_hundred_meetings_stay_within_the_hundred_blocks_of_a_view()
    {
        var blocks = SlackBlocksJson.Blocks(SlackHomeTab.For(List(200, more: 5), HelpHandler.For(Backend, null)));

        Assert.Empty(BlockKitLimits.Errors(blocks, maxBlocks: 100));
        var shown = blocks.Buttons().Length;
        Assert.Equal($"…and {200 - shown + 5} more.", (string?)blocks.OfType("context").First()["elements"]![0]!["text"]);
        Assert.Equal("MeetingBot", (string?)blocks.OfType("header").Last()["text"]!["text"]);
    }
}
