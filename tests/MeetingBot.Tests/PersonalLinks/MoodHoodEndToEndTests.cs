using MeetingBot.Tests.Infrastructure;
using static MeetingBot.Tests.PersonalLinks.PersonalLinkTeamsHarness;

namespace MeetingBot.Tests.PersonalLinks;

/// <summary>
/// The whole flow with <c>Conferencing:Provider=MoodHood</c> against the MoodHood simulator over real HTTP: Teams
/// through <c>/api/messages</c> and the fake Connector, Slack through its signed endpoints and the fake Web API.
/// </summary>
public sealed class MoodHoodEndToEndTests
{
    [Fact]
    public async Task Teams_start_with_kevin_makes_one_room_links_go_1on1_Join_mints_for_the_clicker_and_stop_deletes_the_room()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(Settings(moodHood));
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        bot.Connector.AddMember(DeanId, "Dean Novak", "dean@contoso.example");

        var meeting = await MeetingOnCard.StartAsync(bot, "start meeting \"Design review\" with kevin");

        var room = Assert.Single(moodHood.State.Rooms);
        Assert.Equal(room.Id, meeting.ConferenceId);
        var kevinMessage = Assert.Single(await PersonalMessagesAsync(bot, KevinId));
        var kevinLink = Assert.Single(moodHood.State.Links, link => link.ExternalUserId == KevinId);
        Assert.Equal(kevinLink.Url, JoinUrlOf(kevinMessage.Card!));
        Assert.NotEqual(kevinLink.Role, Assert.Single(moodHood.State.Links, link => link.ExternalUserId == TestActivities.AlexId).Role);
        var card = bot.Connector.Calls.Single(call => call.ReturnedId == meeting.CardMessageId);
        Assert.DoesNotContain(kevinLink.AccessToken, card.JsonText);
        Assert.Equal("Action.Execute", (string?)ActionTitled(card.Card!, "Join")["type"]);

        var answer = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.join", DeanId, "Dean Novak"))));
        var deanLink = Assert.Single(moodHood.State.Links, link => link.ExternalUserId == DeanId);
        Assert.Equal(deanLink.Url, JoinUrlOf(answer));

        var whoIsIn = await AskAsync(bot, "who is in the meeting");
        Assert.Contains("Nobody is in the call of **Design review** yet (MoodHood tells how many, not who)", whoIsIn.Text);

        await AskAsync(bot, "stop meeting");
        Assert.Null(moodHood.State.FindRoom(room.Id));
        await meeting.CardUpdateAsync(bot, "Ended");
        Assert.DoesNotContain(kevinLink.AccessToken, bot.App.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slack_start_with_dean_DMs_his_link_without_previews_Join_answers_ephemerally_and_no_call_is_registered()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        await using var bot = await SlackHarness.StartAsync(Settings(moodHood));
        bot.Slack.SetMembers(SlackHarness.Channel, SlackHarness.Alex, SlackHarness.Kevin, SlackHarness.Dean);

        var (card, ts) = await bot.StartMeetingAsync("with dean");

        var dm = await bot.Slack.WaitForCallAsync("chat.postMessage", call => call.Arg("channel") == SlackHarness.Dean, TimeSpan.FromSeconds(30));
        var deanLink = Assert.Single(moodHood.State.Links, link => link.ExternalUserId == SlackHarness.Dean);
        Assert.Contains(deanLink.Url, dm.Body);
        Assert.DoesNotContain(deanLink.AccessToken, dm.Text);
        Assert.Equal("false", dm.Arg("unfurl_links"));
        Assert.Equal("false", dm.Arg("unfurl_media"));
        Assert.DoesNotContain("accessToken", card.ToJsonString());

        var join = SlackMessageQuery.Button(card, MeetingBot.Meetings.MeetingCardVerbs.Join)!;
        await bot.InteractAsync(bot.Click(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "button", ["action_id"] = (string?)join["action_id"], ["block_id"] = "actions", ["value"] = (string?)join["value"], ["action_ts"] = "1767226050.000100",
        }, ts, "join", user: SlackHarness.Kevin));

        var answer = await bot.Slack.WaitForResponsePostAsync("join", timeout: TimeSpan.FromSeconds(30));
        Assert.Equal("ephemeral", answer.Arg("response_type"));
        Assert.Equal("false", answer.Arg("replace_original"));
        Assert.Contains(Assert.Single(moodHood.State.Links, link => link.ExternalUserId == SlackHarness.Kevin).Url, answer.Body);
        Assert.Empty(bot.Slack.CallsTo("calls.add"));
    }

    private static Dictionary<string, string?> Settings(MoodHoodSimulatorServer moodHood) => new()
    {
        ["Conferencing:Provider"] = "MoodHood",
        ["MoodHood:ApiBaseUrl"] = moodHood.BaseUrl,
        ["MoodHood:WebBaseUrl"] = moodHood.BaseUrl,
        ["MoodHood:SpaceId"] = moodHood.Options.SpaceId,
        ["MoodHood:PersonalToken"] = moodHood.Options.PersonalToken,
    };
}
