using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// A meeting ended in TrueConf itself (stopped there, or deleted by the server's clean-up) before the bot noticed:
/// a command about it gets the polite "has already ended", not an error from the server, and its card turns to Ended.
/// </summary>
public sealed class MeetingEndedOutsideTests
{
    [Fact]
    public async Task Inviting_into_a_meeting_stopped_in_the_video_server_says_it_has_ended_and_the_card_follows()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "start meeting \"Standup\"");
        Assert.True(bot.TrueConf.StopConference(meeting.ConferenceId));

        var reply = await AskAsync(bot, "invite dean");

        Assert.Contains("**Standup** has already ended", reply.Text);
        Assert.DoesNotContain("refused", reply.Text);
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Ended"));
    }

    [Fact]
    public async Task Inviting_into_a_meeting_the_server_deleted_says_it_has_ended()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "start meeting \"Standup\"");
        Assert.True(bot.TrueConf.DeleteConference(meeting.ConferenceId));

        var reply = await AskAsync(bot, "invite dean and helen");

        Assert.Contains("**Standup** has already ended", reply.Text);
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Ended"));
    }

    [Fact]
    public async Task Who_is_in_a_meeting_the_server_deleted_says_it_has_ended_and_the_card_follows()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "start meeting \"Standup\"");
        Assert.True(bot.TrueConf.DeleteConference(meeting.ConferenceId));

        var reply = await AskAsync(bot, "who is in the meeting");

        Assert.Contains("**Standup** has already ended", reply.Text);
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Ended"));
    }

    [Fact]
    public async Task Who_is_in_a_meeting_stopped_in_the_video_server_says_it_has_ended()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "start meeting \"Standup\"");
        Assert.True(bot.TrueConf.StopConference(meeting.ConferenceId));

        var reply = await AskAsync(bot, "who is in the meeting");

        Assert.Contains("**Standup** has already ended", reply.Text);
    }

    [Fact]
    public async Task Stopping_a_meeting_stopped_in_the_video_server_says_it_has_ended_without_stopping_it_again()
    {
        await using var bot = await StartBotAsync();
        using var http = new TrueConfSimulator.SimulatorHttp(bot.Simulator);
        var id = await http.CreateConferenceAsync("""{"topic":"Yesterday","owner":"alex"}"""); // not started by the bot, not running

        var reply = await AskAsync(bot, $"stop meeting {id}");

        Assert.Contains("**Yesterday** has already ended", reply.Text);
        Assert.Equal(0, Count(bot, SimulatorOperations.ConferenceStop));
    }
}
