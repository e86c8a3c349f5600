using System.Text;
using MeetingBot.Meetings;
using MeetingBot.Slack.Blocks;
using static MeetingBot.Tests.Slack.Blocks.SlackTestReplies;

namespace MeetingBot.Tests.Slack.Blocks;

/// <summary>The JSON Slack's methods and response_url take: every argument as Slack spells it, the unclear defaults written out.</summary>
public sealed class SlackMessageBodiesTests
{
    private static readonly SlackMessage Card = SlackReplyRenderer.Render(new MeetingCardReply(Meeting));

    [Fact]
    public void Post_message_names_the_channel_and_thread_and_never_unfurls()
    {
        var body = SlackBlocksJson.Body(SlackMessageBodies.PostMessage("C0BBB", "1767225601.000200", Card));

        Assert.Equal(["channel", "thread_ts", "text", "blocks", "unfurl_links", "unfurl_media"], body.Select(property => property.Key));
        Assert.Equal(("C0BBB", "1767225601.000200", Card.Text), ((string?)body["channel"], (string?)body["thread_ts"], (string?)body["text"]));
        Assert.False((bool)body["unfurl_links"]!);
        Assert.False((bool)body["unfurl_media"]!);
        Assert.Equal(SlackBlocksJson.Blocks(Card).ToJsonString(), body["blocks"]!.ToJsonString());

        var notInThread = SlackBlocksJson.Body(SlackMessageBodies.PostMessage("C0BBB", null, Card));
        Assert.False(notInThread.ContainsKey("thread_ts"));
    }

    [Fact]
    public void Bodies_written_one_after_another_on_a_thread_each_hold_only_their_own_message()
    {
        // A Home tab far larger than the writer keeps between messages, then small bodies on the same thread.
        var manyBlocks = Enumerable.Range(0, 100).Select(i => (SlackBlock)SlackBlockKit.Section(new string('x', 400) + i)).ToArray();
        var home = SlackBlocksJson.Body(SlackMessageBodies.HomeView("U0AAA", manyBlocks));
        var first = SlackBlocksJson.Body(SlackMessageBodies.PostMessage("C0BBB", null, Card));
        var second = SlackBlocksJson.Body(SlackMessageBodies.Ephemeral("C0CCC", "U0DDD", null, Card));
        var third = SlackBlocksJson.Body(SlackMessageBodies.PostMessage("C0BBB", null, Card));

        Assert.Equal(100, home["view"]!["blocks"]!.AsArray().Count);
        Assert.EndsWith("x99", (string?)home["view"]!["blocks"]![99]!["text"]!["text"]);
        Assert.Equal("C0BBB", (string?)first["channel"]);
        Assert.Equal(("C0CCC", "U0DDD"), ((string?)second["channel"], (string?)second["user"]));
        Assert.Equal(first.ToJsonString(), third.ToJsonString());
    }

    [Fact]
    public void Update_names_the_message_and_always_sends_text_and_blocks()
    {
        var ended = SlackReplyRenderer.Render(new MeetingCardReply(Ended));
        var body = SlackBlocksJson.Body(SlackMessageBodies.Update("C0BBB", "1767225601.000200", ended));

        Assert.Equal(["channel", "ts", "text", "blocks"], body.Select(property => property.Key));
        Assert.Equal(("C0BBB", "1767225601.000200", "Design review has ended."), ((string?)body["channel"], (string?)body["ts"], (string?)body["text"]));
        Assert.Equal(3, body["blocks"]!.AsArray().Count);
    }

    [Fact]
    public void Ephemeral_names_the_one_user_who_sees_it()
    {
        var notice = SlackReplyRenderer.Render(new NoticeReply(NoticeKind.Problem, BotTexts.NoMeetingHere));
        var body = SlackBlocksJson.Body(SlackMessageBodies.Ephemeral("C0BBB", "U0CCC", null, notice));

        Assert.Equal(["channel", "user", "text", "blocks"], body.Select(property => property.Key));
        Assert.Equal(("C0BBB", "U0CCC"), ((string?)body["channel"], (string?)body["user"]));
        Assert.Equal("section", (string?)body["blocks"]![0]!["type"]);
    }

    [Theory]
    [InlineData(true, true, "in_channel")]
    [InlineData(true, false, "in_channel")]
    [InlineData(false, false, "ephemeral")]
    [InlineData(false, true, "ephemeral")]
    public void A_response_url_post_writes_its_type_and_replace_original_explicitly_and_never_unfurls(bool inChannel, bool replaceOriginal, string responseType)
    {
        var body = SlackBlocksJson.Body(SlackMessageBodies.Response(Card, inChannel, replaceOriginal));

        Assert.Equal(["response_type", "replace_original", "text", "blocks", "unfurl_links", "unfurl_media"], body.Select(property => property.Key));
        Assert.Equal(responseType, (string?)body["response_type"]);
        Assert.Equal(replaceOriginal, (bool)body["replace_original"]!);
        Assert.False((bool)body["unfurl_links"]!);
        Assert.False((bool)body["unfurl_media"]!);
    }

    [Fact]
    public void The_home_view_is_published_for_the_user_as_a_home_view_of_at_most_100_blocks()
    {
        var blocks = Enumerable.Range(0, 120).Select(_ => (SlackBlock)new DividerBlock()).ToArray();
        var body = SlackBlocksJson.Body(SlackMessageBodies.HomeView("U0CCC", blocks));

        Assert.Equal("U0CCC", (string?)body["user_id"]);
        Assert.Equal("home", (string?)body["view"]!["type"]);
        Assert.Equal(100, body["view"]!["blocks"]!.AsArray().Count);
    }

    [Fact]
    public void A_call_block_and_nulls_are_written_as_slack_expects()
    {
        var body = SlackBlocksJson.Body(SlackMessageBodies.PostMessage("C0BBB", null, new SlackMessage("Design review", [new CallBlock("R0123")])));

        Assert.Equal("""[{"type":"call","call_id":"R0123"}]""", body["blocks"]!.ToJsonString());
    }

    [Fact]
    public void Bodies_are_utf8_without_escaping_other_scripts_and_stay_valid_json()
    {
        var card = SlackReplyRenderer.Render(new MeetingCardReply(Meeting with { Topic = "Планёрка \"отдела\" <R&D>" }));
        var bytes = SlackMessageBodies.Update("C0BBB", "1.2", card);

        var raw = Encoding.UTF8.GetString(bytes);
        Assert.Contains("Планёрка \\\"отдела\\\" <R&D>", raw);
        Assert.Equal("Планёрка \"отдела\" <R&D>", (string?)SlackBlocksJson.Body(bytes)["blocks"]!.AsArray().OfType("header").Single()["text"]!["text"]);
    }
}
