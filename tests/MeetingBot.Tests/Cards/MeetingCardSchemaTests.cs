using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.AdaptiveCards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Teams;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Cards;

/// <summary>Every card the bot can send, serialised as it goes on the wire, against the official 1.5 schema.</summary>
public sealed class MeetingCardSchemaTests
{
    private static readonly ConferencingCapabilities Backend = SampleMeetings.Backend;

    private static readonly MeetingView Meeting = SampleMeetings.Running(
        "msteams|a:1|1", "Design review", new PersonSummary("Alex Wilber", "alex"),
        new PersonSummary("Kevin Smith", "kevin"), new PersonSummary("dean", "dean"));

    private static readonly ConferenceParticipant[] People =
    [
        new("alex", "Alex Wilber", ParticipantState.InCall, DateTimeOffset.Parse("2026-11-24T09:01:00Z")),
        new("kevin", "Kevin Smith", ParticipantState.BeingCalled, null),
        new("dean", "dean", ParticipantState.Invited, null),
    ];

    public static TheoryData<string, string> Cards => InEveryLanguage(
        ["running", "running without page", "running with nobody invited", "running with guests", "running with participants", "ended", "help", "help after unknown", "sign in",
         "participants", "meeting list", "forgotten", "running with personal links", "running with personal links and the page", "personal link",
         "personal link asked for", "meeting list with personal links", "forgotten with personal links"]);

    private static TheoryData<string, string> InEveryLanguage(string[] cards)
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Languages.Discover())
        {
            foreach (var card in cards)
            {
                data.Add(card, language.Code);
            }
        }

        return data;
    }

    private static readonly ConferencingCapabilities PersonalLinkBackend = new("MoodHood", false, false, true, false, true);

    private static readonly MeetingView PersonalLinkMeeting = Meeting with
    {
        JoinUrl = "https://meet.example/room/abc", PageUrl = null, BackendName = "MoodHood", Actions = MeetingActions.For(PersonalLinkBackend),
    };

    [Fact]
    public void On_a_personal_link_backend_the_card_never_carries_the_rooms_address_and_Join_asks_for_a_link()
    {
        var card = JsonNode.Parse(Serialize(MeetingCardFactory.Meeting(PersonalLinkMeeting with { Actions = MeetingActions.For(PersonalLinkBackend, pageServed: true) })))!;

        Assert.DoesNotContain("meet.example", card.ToJsonString());
        var actions = card["actions"]!.AsArray();
        Assert.Equal("Action.Execute", (string?)actions[0]!["type"]);
        Assert.Equal(MeetingCardVerbs.Join, (string?)actions[0]!["verb"]);
        var open = actions.Single(action => (string?)action!["type"] == "Action.Submit")!;
        Assert.Equal("task/fetch", (string?)open["data"]!["msteams"]!["type"]);
        Assert.Equal(MeetingCardVerbs.OpenHere, (string?)open["data"]!["verb"]);
        Assert.Equal(PersonalLinkMeeting.MeetingRef, (string?)open["data"]!["meeting"]);
        Assert.DoesNotContain(actions, action => (string?)action!["title"] == "Who's in");
    }

    [Fact]
    public void Without_a_public_address_the_card_offers_no_Open_in_Teams()
    {
        var card = JsonNode.Parse(Serialize(MeetingCardFactory.Meeting(PersonalLinkMeeting)))!;

        Assert.DoesNotContain(card["actions"]!.AsArray(), action => (string?)action!["type"] == "Action.Submit");
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public async Task Every_card_is_valid_adaptive_card_1_5(string name, string language)
    {
        string json;
        using (TextLanguage.Use(new Language(language)))
        {
            json = Serialize(Build(name));
        }

        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(json));
        var card = JsonNode.Parse(json)!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)card["fallbackText"]));
    }

    [Fact]
    public async Task The_schema_check_catches_a_broken_card()
    {
        var card = JsonNode.Parse(Serialize(Build("running")))!;
        card["actions"]![0]!.AsObject().Remove("url");

        Assert.NotEmpty(await AdaptiveCardSchema.ErrorsAsync(card.ToJsonString()));
    }

    [Fact]
    public void The_running_card_shows_the_meeting_and_joins_through_the_web_client()
    {
        var card = JsonNode.Parse(Serialize(MeetingCardFactory.Meeting(Meeting)))!;

        var facts = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal("Design review", (string?)card["body"]![1]!["text"]);
        Assert.Equal("Alex Wilber (alex)", facts["Owner"]);
        Assert.Equal("Kevin Smith (kevin), dean", facts["Invited"]);
        Assert.Contains("Running", facts["State"]);
        Assert.Equal("4219111751", facts["Conference ID"]);
        // When it started, in the reader's zone: written by Teams from the UTC instant.
        Assert.Contains(card["body"]!.AsArray(), e => (string?)e!["text"] == "Started: {{DATE(2026-11-24T09:00:00Z, SHORT)}} {{TIME(2026-11-24T09:00:00Z)}}");
        var join = card["actions"]![0]!;
        Assert.Equal(("Action.OpenUrl", "Join", Meeting.JoinUrl), ((string?)join["type"], (string?)join["title"], (string?)join["url"]));
        Assert.Equal(Meeting.PageUrl, (string?)card["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Meeting page")!["url"]);
    }

    [Fact]
    public void The_running_card_invites_shows_who_is_in_and_stops_after_a_confirmation()
    {
        var card = JsonNode.Parse(Serialize(MeetingCardFactory.Meeting(Meeting)))!;
        var actions = card["actions"]!.AsArray().ToDictionary(a => (string)a!["title"]!, a => a!);

        var invite = actions["Invite"]["card"]!;
        Assert.Equal("Action.ShowCard", (string?)actions["Invite"]["type"]);
        Assert.Equal(("Input.Text", "people"), ((string?)invite["body"]![0]!["type"], (string?)invite["body"]![0]!["id"]));
        AssertExecutes(invite["actions"]![0]!, "meeting.invite");
        AssertExecutes(actions["Who's in"], "meeting.participants");
        var confirm = actions["Stop"]["card"]!["actions"]![0]!;
        AssertExecutes(confirm, "meeting.stop");
        Assert.Equal("destructive", (string?)confirm["style"]);
        AssertExecutes(card["refresh"]!["action"]!, "meeting.refresh");
    }

    [Fact]
    public void An_ended_card_has_no_join_button_and_says_how_long_it_ran()
    {
        var ended = Meeting with { Phase = MeetingPhase.Ended, EndedAt = Meeting.StartedAt.AddMinutes(23) };
        var card = JsonNode.Parse(Serialize(MeetingCardFactory.Meeting(ended)))!;

        Assert.Null(card["actions"]);
        var facts = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal("Ended · 23 min", facts["State"]);
        Assert.DoesNotContain(Meeting.JoinUrl, card.ToJsonString());
    }

    [Fact]
    public void A_card_offers_only_what_the_backend_can_do()
    {
        var limited = Meeting with { Actions = new MeetingActions(Invite: false, Participants: false, Stop: false) };
        var titles = JsonNode.Parse(Serialize(MeetingCardFactory.Meeting(limited)))!["actions"]!.AsArray().Select(a => (string?)a!["title"]).ToArray();

        Assert.Equal(new string?[] { "Join", "Meeting page" }, titles);
    }

    private static void AssertExecutes(JsonNode action, string verb)
    {
        Assert.Equal(("Action.Execute", verb), ((string?)action["type"], (string?)action["verb"]));
        Assert.Equal(Meeting.MeetingRef, (string?)action["data"]!["meeting"]);
    }

    [Fact]
    public void A_card_stays_far_below_the_teams_message_size_limit()
    {
        var many = Meeting with { Invitees = Enumerable.Range(0, 50).Select(i => new PersonSummary($"Person number {i}", $"person{i}")).ToArray() };

        var activityJson = JsonSerializer.Serialize(new OutboundActivity
        {
            Type = "message",
            Conversation = new ConversationAccount { Id = "19:abc@thread.tacv2" },
            Attachments = [CardAttachment.For(MeetingCardFactory.Meeting(many))],
        }, BotFrameworkJsonContext.Default.OutboundActivity);

        // Teams counts UTF-16 code units against 40 KB; the bot keeps to half of that.
        Assert.True(activityJson.Length * 2 < 20 * 1024, $"{activityJson.Length * 2} bytes");
    }

    private static AdaptiveCard Build(string name) => name switch
    {
        "running" => MeetingCardFactory.Meeting(Meeting),
        "running without page" => MeetingCardFactory.Meeting(Meeting with { PageUrl = null }),
        "running with nobody invited" => MeetingCardFactory.Meeting(Meeting with { Invitees = [] }),
        "running with guests" => MeetingCardFactory.Meeting(Meeting with { GuestUrl = "https://video.example/c/4219111751" }),
        "ended" => MeetingCardFactory.Meeting(Meeting with { Phase = MeetingPhase.Ended, EndedAt = Meeting.StartedAt.AddMinutes(23) }),
        "running with participants" => MeetingCardFactory.Meeting(Meeting with { Participants = People, Note = "Invited **dean**." }),
        "participants" => TeamsReplyRenderer.CardFor(new ParticipantsReply("Design review", "4219111751", People)),
        "meeting list" => TeamsReplyRenderer.CardFor(new MeetingListReply("TrueConf",
            [new MeetingListItem("Design review", "4219111751", true, null, Meeting.JoinUrl), new MeetingListItem("Retro", "42", false, Meeting.StartedAt.AddDays(1), Meeting.JoinUrl)], 3)),
        "forgotten" => TeamsReplyRenderer.CardFor(new ForgottenMeetingReply(Meeting, "Design review has been running for 61 min.")),
        "running with personal links" => MeetingCardFactory.Meeting(PersonalLinkMeeting),
        "running with personal links and the page" => MeetingCardFactory.Meeting(PersonalLinkMeeting with { Actions = MeetingActions.For(PersonalLinkBackend, pageServed: true) }),
        "personal link" => TeamsReplyRenderer.CardFor(new PersonalLinkReply("Design review", "Alex Wilber", "https://meet.example/room/abc?accessToken=t1", Meeting.StartedAt.AddHours(2))),
        "personal link asked for" => TeamsReplyRenderer.CardFor(new PersonalLinkReply("Design review", null, "https://meet.example/room/abc?accessToken=t2", Meeting.StartedAt.AddHours(2))),
        "meeting list with personal links" => TeamsReplyRenderer.CardFor(new MeetingListReply("MoodHood",
            [new MeetingListItem("Design review", "abc", true, null, "https://meet.example/room/abc", PersonalJoinRef: "msteams|a:1|1")], 0)),
        "forgotten with personal links" => TeamsReplyRenderer.CardFor(new ForgottenMeetingReply(PersonalLinkMeeting, "Design review has been running for 61 min.")),
        "help" => MeetingCardFactory.Help(HelpHandler.For(Backend, null)),
        "help after unknown" => MeetingCardFactory.Help(HelpHandler.For(Backend, "Sorry, I didn't get that.")),
        "sign in" => MeetingCardFactory.SignIn(new SignInReply("Sign in to TrueConf so I know your account.", "https://meetingbot.example/auth/trueconf/start?state=abc", "TrueConf")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, BotFrameworkJsonContext.Default.AdaptiveCard);
}
