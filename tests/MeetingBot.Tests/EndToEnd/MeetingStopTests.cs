using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// <c>stop meeting</c>: the owner or a MeetingBot admin stops the conference in TrueConf and its card turns to Ended
/// without a Join button; anyone else is refused politely; a second stop or a redelivery stops nothing more.
/// </summary>
public sealed class MeetingStopTests
{
    private const string MeganId = "29:megan-aad";
    private const string MeganName = "Megan Bowen";

    [Fact]
    public async Task The_owners_stop_stops_the_conference_and_turns_the_card_to_ended_without_a_join_button()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "start meeting \"Standup\" with kevin");

        var reply = await AskAsync(bot, "stop meeting");

        Assert.False(bot.TrueConf.FindConference(meeting.ConferenceId)!.IsRunning);
        Assert.Equal(1, Count(bot, SimulatorOperations.ConferenceStop));
        Assert.Contains("Stopped **Standup**", reply.Text);
        var update = await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Ended"));
        var card = update.Card!;
        Assert.Contains("meeting ended", (string?)card["body"]![0]!["text"]);
        Assert.Null(card["actions"]); // no Join, no Stop: nothing to do with an ended meeting
        Assert.DoesNotContain("/webrtc/", card.ToJsonString());
        Assert.Contains(meeting.ConferenceId, update.JsonText);
    }

    [Fact]
    public async Task Someone_else_is_refused_politely_and_the_conference_keeps_running()
    {
        await using var bot = await StartBotAsync();
        bot.Connector.AddMember(MeganId, MeganName, "meganb@contoso.example");
        var meeting = await StartMeetingAsync(bot, "start meeting \"Standup\" with kevin");

        var reply = await AskAsync(bot, "end meeting", MeganId, MeganName);

        Assert.Contains("Only **Alex Wilber**", reply.Text);
        Assert.True(bot.TrueConf.FindConference(meeting.ConferenceId)!.IsRunning);
        Assert.Equal(0, Count(bot, SimulatorOperations.ConferenceStop));
        Assert.DoesNotContain(bot.Connector.Updates, call => call.ActivityId == meeting.CardMessageId);
    }

    [Fact]
    public async Task A_configured_admin_may_stop_someone_elses_meeting()
    {
        await using var bot = await StartBotAsync(new() { ["MeetingBot:Admins:0"] = "meganb@contoso.example" });
        bot.Connector.AddMember(MeganId, MeganName, "meganb@contoso.example");
        var meeting = await StartMeetingAsync(bot);

        var reply = await AskAsync(bot, "stop meeting", MeganId, MeganName);

        Assert.Contains("Stopped", reply.Text);
        Assert.False(bot.TrueConf.FindConference(meeting.ConferenceId)!.IsRunning);
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Ended"));
    }

    [Fact]
    public async Task A_second_stop_says_it_already_ended_and_the_server_saw_one_stop()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "start meeting \"Standup\"");
        await AskAsync(bot, "stop meeting");

        var reply = await AskAsync(bot, "stop meeting");

        Assert.Contains("**Standup** has already ended", reply.Text);
        Assert.Equal(1, Count(bot, SimulatorOperations.ConferenceStop));
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Ended"));
        Assert.Single(bot.Connector.Updates, call => call.ActivityId == meeting.CardMessageId);
    }

    [Fact]
    public async Task The_same_stop_activity_delivered_twice_is_handled_once()
    {
        await using var bot = await StartBotAsync();
        await StartMeetingAsync(bot);
        var stop = bot.Message("stop meeting");

        await bot.SendAsync(stop);
        await bot.SendAsync(stop.DeepClone().AsObject());
        await NextReplyAsync(bot);

        await Task.Delay(TimeSpan.FromSeconds(1)); // time for a second run, were there one
        Assert.Single(bot.Connector.Calls, call => call.Method == "POST" && call.ActivityId == (string?)stop["id"]);
        Assert.Equal(1, Count(bot, SimulatorOperations.ConferenceStop));
    }
}
