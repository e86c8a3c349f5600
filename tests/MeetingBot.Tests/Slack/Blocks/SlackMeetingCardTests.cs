using System.Text.RegularExpressions;
using MeetingBot.Meetings;
using MeetingBot.Slack.Blocks;
using static MeetingBot.Tests.Slack.Blocks.SlackTestReplies;

namespace MeetingBot.Tests.Slack.Blocks;

/// <summary>A meeting drawn for Slack carries the facts, buttons and words of its Teams card.</summary>
public sealed class SlackMeetingCardTests
{
    [Fact]
    public void The_running_card_shows_the_meeting_facts()
    {
        var message = SlackReplyRenderer.Render(new MeetingCardReply(Meeting));
        var blocks = SlackBlocksJson.Blocks(message);

        Assert.Equal(["context", "header", "section", "actions", "input"], blocks.Select(block => (string?)block!["type"]));
        Assert.Equal("TrueConf meeting started", (string?)blocks[0]!["elements"]![0]!["text"]);
        Assert.Equal(("plain_text", "Design review"), ((string?)blocks[1]!["text"]!["type"], (string?)blocks[1]!["text"]!["text"]));
        var fields = blocks.Fields();
        Assert.Equal("Alex Wilber", fields["Owner"]);
        Assert.Equal("Kevin Smith (kevin), dean", fields["Invited"]);
        Assert.Equal("🟢 Running", fields["State"]);
        Assert.Equal("<!date^1795510800^{date_short_pretty} {time}|2026-11-24 09:00 UTC>", fields["Started"]);
        Assert.Equal("4219111751", fields["Conference ID"]);
        Assert.False(fields.ContainsKey("Guest link"));
        Assert.Equal("Design review is running. Join: https://video.example/webrtc/4219111751", message.Text);
    }

    [Fact]
    public void The_running_card_joins_shows_who_is_in_stops_after_a_confirmation_and_invites_from_a_box()
    {
        var blocks = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(Meeting)));

        var buttons = blocks.Buttons();
        Assert.Equal(["meeting.join", "meeting.participants", "meeting.stop", "meeting.page"], buttons.Select(button => (string?)button["action_id"]));
        var join = blocks.Button("meeting.join");
        Assert.Equal(("button", "Join", "primary", Meeting.JoinUrl), ((string?)join["type"], (string?)join["text"]!["text"], (string?)join["style"], (string?)join["url"]));
        Assert.Null(join["value"]);
        var participants = blocks.Button("meeting.participants");
        Assert.Equal(("Who's in", Meeting.MeetingRef), ((string?)participants["text"]!["text"], (string?)participants["value"]));
        Assert.Null(participants["style"]);
        var stop = blocks.Button("meeting.stop");
        Assert.Equal(("Stop", "danger", Meeting.MeetingRef), ((string?)stop["text"]!["text"], (string?)stop["style"], (string?)stop["value"]));
        var confirm = stop["confirm"]!;
        Assert.Equal("Stop the meeting", (string?)confirm["title"]!["text"]);
        Assert.Equal(("mrkdwn", "Stop *Design review* for everyone?"), ((string?)confirm["text"]!["type"], (string?)confirm["text"]!["text"]));
        Assert.Equal(("Stop the meeting", "Cancel", "danger"), ((string?)confirm["confirm"]!["text"], (string?)confirm["deny"]!["text"], (string?)confirm["style"]));
        Assert.Equal((Meeting.PageUrl, null), ((string?)blocks.Button("meeting.page")["url"], (string?)blocks.Button("meeting.page")["style"]));

        var invite = blocks.OfType("input").Single();
        Assert.True((bool)invite["dispatch_action"]!);
        Assert.Equal("meeting.invite.2|" + Meeting.MeetingRef, (string?)invite["block_id"]);
        Assert.Equal("Invite", (string?)invite["label"]!["text"]);
        var box = invite["element"]!;
        Assert.Equal(("plain_text_input", "meeting.invite", "dean, helen or everyone here"),
            ((string?)box["type"], (string?)box["action_id"], (string?)box["placeholder"]!["text"]));
        Assert.Equal("on_enter_pressed", (string?)box["dispatch_action_config"]!["trigger_actions_on"]![0]);
    }

    [Fact]
    public void The_card_shows_the_count_the_guest_link_who_is_in_and_the_note()
    {
        var meeting = Meeting with
        {
            ParticipantCount = 1,
            GuestUrl = "https://video.example/c/4219111751?guest=1",
            Participants = People,
            Note = "Invited **dean**.",
        };
        var blocks = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(meeting)));

        var fields = blocks.Fields();
        Assert.Equal("🟢 Running · 1 in the call", fields["State"]);
        Assert.Equal("<https://video.example/c/4219111751?guest=1>", fields["Guest link"]);
        var sections = blocks.OfType("section").Select(block => (string?)block["text"]?["text"]).Where(text => text is not null).ToArray();
        Assert.Equal("*Who is in*", sections[0]);
        Assert.Equal(
            "*Alex Wilber* · in the call since <!date^1795510860^{time}|09:01 UTC>\n*Kevin Smith* · being called\n*dean* · invited, not joined",
            sections[1]);
        Assert.Equal("Invited *dean*.", (string?)blocks.OfType("context").Last()["elements"]![0]!["text"]);
    }

    [Fact]
    public void An_ended_card_offers_no_action_that_cannot_work()
    {
        var message = SlackReplyRenderer.Render(new MeetingCardReply(Ended with { GuestUrl = "https://video.example/c/4219111751?guest=1" }));
        var blocks = SlackBlocksJson.Blocks(message);

        Assert.Equal(["context", "header", "section"], blocks.Select(block => (string?)block!["type"]));
        Assert.Equal("TrueConf meeting ended", (string?)blocks[0]!["elements"]![0]!["text"]);
        Assert.Equal("Ended · 23 min", blocks.Fields()["State"]);
        Assert.Empty(blocks.Buttons());
        Assert.Empty(blocks.OfType("input"));
        Assert.DoesNotContain(Meeting.JoinUrl, blocks.ToJsonString());
        Assert.DoesNotContain("guest=1", blocks.ToJsonString());
        Assert.Equal("Design review has ended.", message.Text);
    }

    [Fact]
    public void A_card_offers_only_what_the_backend_can_do()
    {
        var backend = SlackTestReplies.Backend with { HasUserDirectory = false, LiveParticipants = false, CanStop = false };
        var blocks = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(Meeting with { Actions = MeetingActions.For(backend) })));

        Assert.Equal(["meeting.join", "meeting.page"], blocks.Buttons().Select(button => (string?)button["action_id"]));
        Assert.Empty(blocks.OfType("input"));
    }

    [Fact]
    public void The_forgotten_meeting_reminder_offers_stop_after_a_confirmation_and_join()
    {
        var text = BotTexts.ForgottenMeeting("R&D <sync>", TimeSpan.FromMinutes(61));
        var message = SlackReplyRenderer.Render(new ForgottenMeetingReply(Meeting with { Topic = "R&D <sync>" }, text));
        var blocks = SlackBlocksJson.Blocks(message);

        Assert.Equal(["context", "section", "actions"], blocks.Select(block => (string?)block!["type"]));
        Assert.Equal("Still running", (string?)blocks[0]!["elements"]![0]!["text"]);
        Assert.Equal("*R&amp;D &lt;sync&gt;* has been running for 1 h 1 min with nobody but you in it. Stop it if it's no longer needed.", (string?)blocks[1]!["text"]!["text"]);
        Assert.Equal(["meeting.stop", "meeting.join"], blocks.Buttons().Select(button => (string?)button["action_id"]));
        Assert.Equal(("danger", Meeting.MeetingRef), ((string?)blocks.Button("meeting.stop")["style"], (string?)blocks.Button("meeting.stop")["value"]));
        Assert.NotNull(blocks.Button("meeting.stop")["confirm"]);
        Assert.Equal(Meeting.JoinUrl, (string?)blocks.Button("meeting.join")["url"]);
        Assert.Equal((string?)blocks[1]!["text"]!["text"], message.Text);

        var cannotStop = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new ForgottenMeetingReply(
            Meeting with { Actions = new MeetingActions(Invite: true, Participants: true, Stop: false) }, text)));
        Assert.Equal(["meeting.join"], cannotStop.Buttons().Select(button => (string?)button["action_id"]));
    }

    [Fact]
    public void Topics_and_names_people_typed_stay_literal()
    {
        const string hostile = "<!channel> & <@U1>";
        var meeting = Meeting with
        {
            Topic = hostile,
            Owner = new PersonSummary("<!here> Ann", "ann"),
            Invitees = [new PersonSummary("<https://evil.example|Bob>", "bob")],
            Participants = [new("bob", "<@U2>", Conferencing.ParticipantState.InCall, null)],
            Note = BotTexts.Invited(["<!everyone>"], hostile),
        };
        var message = SlackReplyRenderer.Render(new MeetingCardReply(meeting));
        var blocks = SlackBlocksJson.Blocks(message);

        // Plain text is shown as typed; mrkdwn carries the escaped form and no control sequence at all.
        Assert.Equal(hostile, (string?)blocks.OfType("header").Single()["text"]!["text"]);
        var fields = blocks.Fields();
        Assert.Equal("&lt;!here&gt; Ann", fields["Owner"]);
        Assert.Equal("&lt;https://evil.example|Bob&gt; (bob)", fields["Invited"]);
        Assert.Contains("*&lt;@U2&gt;* · in the call", blocks.AllText());
        Assert.Equal("Invited *&lt;!everyone&gt;* to *&lt;!channel&gt; &amp; &lt;@U1&gt;*.", (string?)blocks.OfType("context").Last()["elements"]![0]!["text"]);
        Assert.Equal("Stop *&lt;!channel&gt; &amp; &lt;@U1&gt;* for everyone?", (string?)blocks.Button("meeting.stop")["confirm"]!["text"]!["text"]);
        Assert.StartsWith("&lt;!channel&gt; &amp; &lt;@U1&gt; is running.", message.Text);
        var mrkdwn = blocks.AllText().Replace(hostile, "", StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", mrkdwn);
        Assert.DoesNotContain("<@U", mrkdwn);
        Assert.DoesNotContain("<!here>", mrkdwn);
    }

    [Fact]
    public void A_login_that_is_an_e_mail_address_is_not_shown()
    {
        var meeting = Meeting with
        {
            Owner = new PersonSummary("Alex Wilber", "alex@video.example"),
            Invitees = [new PersonSummary("Kevin Smith", "kevin@video.example")],
        };
        var blocks = SlackBlocksJson.Blocks(SlackReplyRenderer.Render(new MeetingCardReply(meeting)));

        Assert.DoesNotContain("@video.example", blocks.ToJsonString());
        Assert.Equal("Kevin Smith", blocks.Fields()["Invited"]);
    }

    [Fact]
    public void A_huge_topic_and_300_invitees_still_make_a_message_slack_takes()
    {
        var meeting = Meeting with
        {
            Topic = new string('x', 4_990) + " & <>",
            Invitees = Enumerable.Range(0, 300).Select(index => new PersonSummary($"Person number {index}", $"person{index}")).ToArray(),
            Participants = Enumerable.Range(0, 300).Select(index => new Conferencing.ConferenceParticipant($"person{index}", $"Person number {index}", Conferencing.ParticipantState.Invited, null)).ToArray(),
            Note = BotTexts.Invited(Enumerable.Range(0, 300).Select(index => $"Person number {index}"), new string('y', 5_000)),
        };
        var message = SlackReplyRenderer.Render(new MeetingCardReply(meeting));
        var blocks = SlackBlocksJson.Blocks(message);

        Assert.Empty(BlockKitLimits.Errors(blocks));
        Assert.Equal(150, ((string?)blocks.OfType("header").Single()["text"]!["text"])!.Length);
        Assert.EndsWith("…", (string?)blocks.OfType("header").Single()["text"]!["text"]);
        Assert.Matches(@"Person number \d+ \(person\d+\) …and \d+ more\.$", blocks.Fields()["Invited"]);
        Assert.Contains(blocks.OfType("section").Select(block => (string?)block["text"]?["text"] ?? ""),
            text => text.StartsWith("*Person number", StringComparison.Ordinal) && Regex.IsMatch(text, @"\n…and \d+ more\.$"));
        Assert.True(message.Text.Length <= 3000);
        Assert.NotNull(blocks.Button("meeting.stop"));
        Assert.Single(blocks.OfType("input"));
    }
}
