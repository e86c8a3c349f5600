using System.Text.RegularExpressions;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Slack.Blocks;
using static MeetingBot.Tests.Slack.Blocks.SlackTestReplies;

namespace MeetingBot.Tests.Slack.Blocks;

/// <summary>Every reply the core gives, drawn for Slack: within Block Kit's limits, with the words of the Teams cards.</summary>
public sealed class SlackRepliesTests
{
    [Theory]
    [MemberData(nameof(SlackTestReplies.NamesInEveryLanguage), MemberType = typeof(SlackTestReplies))]
    public void Every_reply_is_a_message_slack_takes_with_a_fallback_text(string name, string language)
    {
        using var _ = TextLanguage.Use(new Language(language));
        var message = SlackReplyRenderer.Render(Named(name));

        Assert.Empty(BlockKitLimits.Errors(SlackBlocksJson.Blocks(message)));
        Assert.False(string.IsNullOrWhiteSpace(message.Text));
    }

    [Fact]
    public void Who_is_in_lists_the_call_first_then_those_being_called_then_the_invited()
    {
        var message = SlackReplyRenderer.Render(Named("participants"));
        var blocks = SlackBlocksJson.Blocks(message);

        Assert.Equal(["context", "header", "section"], blocks.Select(block => (string?)block!["type"]));
        Assert.Equal("Who is in · 1 in the call", (string?)blocks[0]!["elements"]![0]!["text"]);
        Assert.Equal("Design review", (string?)blocks[1]!["text"]!["text"]);
        Assert.Equal(
            "*Alex Wilber* · in the call since <!date^1795510860^{time}|09:01 UTC>\n*Kevin Smith* · being called\n*dean* · invited, not joined",
            (string?)blocks[2]!["text"]!["text"]);
        Assert.StartsWith("Design review: Kevin Smith (being called); dean (invited, not joined); Alex Wilber (in the call since", message.Text);
    }

    [Fact]
    public void A_long_list_of_people_is_cut_with_how_many_more()
    {
        var people = Enumerable.Range(0, 5_000)
            .Select(index => new Conferencing.ConferenceParticipant($"p{index}", $"Participant with a rather long name {index:0000}", Conferencing.ParticipantState.Invited, null))
            .ToArray();
        var blocks = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new ParticipantsReply("Town hall", "42", people)));

        Assert.Empty(BlockKitLimits.Errors(blocks));
        var last = (string)blocks[^1]!["text"]!["text"]!;
        var more = int.Parse(Regex.Match(last, @"…and (\d+) more\.$").Groups[1].Value);
        var shown = Regex.Matches(blocks.AllText(), @"\*Participant with").Count;
        Assert.Equal(5_000, shown + more);
    }

    [Fact]
    public void The_meeting_list_joins_each_meeting_and_says_how_many_more()
    {
        var message = SlackReplyRenderer.Render(Named("meeting list"));
        var blocks = SlackBlocksJson.Blocks(message);

        Assert.Equal(["header", "section", "section", "context"], blocks.Select(block => (string?)block!["type"]));
        Assert.Equal("Your TrueConf meetings", (string?)blocks[0]!["text"]!["text"]);
        Assert.Equal("*Meeting 0*\n🟢 Running · ID 420", (string?)blocks[1]!["text"]!["text"]);
        Assert.Equal("*Meeting 1*\n<!date^1795597200^{date_short_pretty} {time}|2026-11-25 09:00 UTC> · ID 421", (string?)blocks[2]!["text"]!["text"]);
        var join = blocks[1]!["accessory"]!;
        Assert.Equal(("button", "meeting.join", "Join", "https://video.example/webrtc/420"),
            ((string?)join["type"], (string?)join["action_id"], (string?)join["text"]!["text"], (string?)join["url"]));
        Assert.Equal("…and 3 more.", (string?)blocks[3]!["elements"]![0]!["text"]);
        Assert.Equal("Meeting 0: https://video.example/webrtc/420; Meeting 1: https://video.example/webrtc/421", message.Text);
    }

    [Fact]
    public void Two_hundred_meetings_fit_in_one_message_with_the_rest_counted()
    {
        var blocks = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(List(200, more: 7)));

        Assert.Empty(BlockKitLimits.Errors(blocks));
        var shown = blocks.OfType("section").Count();
        Assert.True(shown >= 15, $"{shown} shown");
        Assert.Equal($"…and {200 - shown + 7} more.", (string?)blocks[^1]!["elements"]![0]!["text"]);
    }

    [Fact]
    public void Sign_in_is_a_link_button()
    {
        var message = SlackReplyRenderer.Render(SignIn);
        var blocks = SlackBlocksJson.Blocks(message);

        Assert.Equal(["header", "section", "actions"], blocks.Select(block => (string?)block!["type"]));
        Assert.Equal("Link your TrueConf account", (string?)blocks[0]!["text"]!["text"]);
        Assert.Equal(SignIn.Intro, (string?)blocks[1]!["text"]!["text"]);
        var button = blocks.Buttons().Single();
        Assert.Equal(("Sign in to TrueConf", SignIn.SignInUrl, "primary"), ((string?)button["text"]!["text"], (string?)button["url"], (string?)button["style"]));
        Assert.Null(button["value"]);
        Assert.Null(SlackCardActions.ToRequest(new MeetingBot.Slack.Inbound.SlackAction((string)button["action_id"]!, Type: "button")));
    }

    [Theory]
    [InlineData(NoticeKind.Problem, "⚠️ I couldn't find *R&amp;D &lt;team&gt;* on TrueConf.")]
    [InlineData(NoticeKind.Success, "✅ I couldn't find *R&amp;D &lt;team&gt;* on TrueConf.")]
    [InlineData(NoticeKind.Info, "I couldn't find *R&amp;D &lt;team&gt;* on TrueConf.")]
    public void A_notice_is_one_mrkdwn_section_with_names_bold(NoticeKind kind, string expected)
    {
        var message = SlackReplyRenderer.Render(new NoticeReply(kind, BotTexts.PersonUnknown("TrueConf", "R&D <team>")));
        var blocks = SlackBlocksJson.Blocks(message);

        var section = Assert.Single(blocks);
        Assert.Equal(("section", "mrkdwn", expected), ((string?)section!["type"], (string?)section["text"]!["type"], (string?)section["text"]!["text"]));
        Assert.Equal(expected, message.Text);
    }

    [Fact]
    public void Help_lists_every_example_as_a_bullet_after_the_intro_and_lead()
    {
        var help = HelpHandler.For(Backend, BotTexts.Unknown);
        var message = SlackReplyRenderer.Render(help);
        var blocks = SlackBlocksJson.Blocks(message);

        Assert.Equal(BotTexts.Unknown, (string?)blocks[0]!["text"]!["text"]);
        Assert.Equal("MeetingBot", (string?)blocks[1]!["text"]!["text"]);
        Assert.Equal("I start TrueConf video meetings right from this chat. Try:", (string?)blocks[2]!["elements"]![0]!["text"]);
        var bullets = ((string)blocks[3]!["text"]!["text"]!).Split('\n');
        Assert.Equal(help.Commands.Select(example => $"• `{example.Example}` — {example.Description}"), bullets);
        Assert.Equal(4, blocks.Count);
        Assert.Contains(help.Commands[0].Example, message.Text);

        var plain = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(HelpHandler.For(Backend, null)));
        Assert.Equal("MeetingBot", (string?)plain[0]!["text"]!["text"]);
    }
}
