using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// Which meeting a command acts on: without an id the one most recently started in the conversation, with
/// <c>… meeting {id}</c> that one; a conversation without a meeting gets told so.
/// </summary>
public sealed class MeetingTargetTests
{
    [Fact]
    public async Task Commands_without_an_id_act_on_the_latest_meeting_of_the_conversation()
    {
        await using var bot = await StartBotAsync();
        var first = await StartMeetingAsync(bot, "start meeting \"Standup\" with kevin");
        var second = await StartMeetingAsync(bot, "start meeting \"Retro\" with helen");

        var reply = await AskAsync(bot, "invite dean");

        Assert.Equal(["dean"], CalledLater(bot, second));
        Assert.Empty(CalledLater(bot, first));
        Assert.Contains("**Retro**", reply.Text);
    }

    [Fact]
    public async Task Stop_meeting_with_an_id_stops_that_meeting_and_not_the_latest()
    {
        await using var bot = await StartBotAsync();
        var first = await StartMeetingAsync(bot, "start meeting \"Standup\" with kevin");
        var second = await StartMeetingAsync(bot, "start meeting \"Retro\" with helen");

        var reply = await AskAsync(bot, $"stop meeting {first.ConferenceId}");

        Assert.False(bot.TrueConf.FindConference(first.ConferenceId)!.IsRunning);
        Assert.True(bot.TrueConf.FindConference(second.ConferenceId)!.IsRunning);
        Assert.Contains("**Standup**", reply.Text);
        await WaitForCardUpdateAsync(bot, first.CardMessageId, call => call.JsonText.Contains("Ended"));
        Assert.DoesNotContain(bot.Connector.Updates, call => call.ActivityId == second.CardMessageId);
    }

    [Theory]
    [InlineData("invite dean")]
    [InlineData("who is in the meeting")]
    [InlineData("stop meeting")]
    public async Task A_conversation_without_a_meeting_is_told_there_is_none(string command)
    {
        await using var bot = await StartBotAsync();

        var reply = await AskAsync(bot, command);

        Assert.Contains("no meeting from this chat yet", reply.Text);
        Assert.DoesNotContain(bot.TrueConf.RequestLog, request =>
            request.Operation is SimulatorOperations.ParticipantInvite or SimulatorOperations.ConferenceStop or SimulatorOperations.ParticipantList);
    }

    [Fact]
    public async Task A_meeting_named_by_an_id_nobody_has_is_named_in_the_reply()
    {
        await using var bot = await StartBotAsync();
        await StartMeetingAsync(bot);

        var reply = await AskAsync(bot, "stop meeting 4219111751");

        Assert.Contains("**4219111751**", reply.Text);
        Assert.Equal(0, Count(bot, SimulatorOperations.ConferenceStop));
    }
}
