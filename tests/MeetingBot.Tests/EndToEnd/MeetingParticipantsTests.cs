using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary><c>who is in the meeting</c>: a card with each person and their state as TrueConf tells it.</summary>
public sealed class MeetingParticipantsTests
{
    [Fact]
    public async Task Who_is_in_lists_each_person_in_the_call_being_called_or_invited_and_the_meetings_card_counts_the_call()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "start meeting \"Planning\" with kevin and helen");
        await AskAsync(bot, "invite dean");
        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "dean"));
        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "alex"));
        Assert.True(bot.TrueConf.Leave(meeting.ConferenceId, "kevin")); // still invited, no longer called

        var reply = await AskAsync(bot, "who is in the meeting");

        var lines = reply.Card!["body"]!.AsArray().Select(element => (string?)element!["text"]).ToArray();
        Assert.Contains("Who is in · 2 in the call", lines);
        Assert.Contains("Planning", lines);
        Assert.Contains(lines, line => line!.StartsWith("**Dean Novak** · in the call since {{TIME(", StringComparison.Ordinal));
        Assert.Contains(lines, line => line!.StartsWith("**Alex Wilber** · in the call since ", StringComparison.Ordinal));
        Assert.Contains("**Kevin Smith** · invited, not joined", lines);
        Assert.Contains("**Helen Carter** · being called", lines);
        Assert.Contains(SimulatorOperations.ParticipantList, bot.TrueConf.RequestLog.Select(request => request.Operation));
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => Readable(call).Contains("Running · 2 in the call"));
    }

    [Fact]
    public async Task Someone_called_but_not_yet_answering_is_being_called()
    {
        await using var bot = await StartBotAsync();
        await StartMeetingAsync(bot, "start meeting \"Planning\"");
        await AskAsync(bot, "invite dean");

        var reply = await AskAsync(bot, "participants");

        Assert.Contains("**Dean Novak** · being called", Readable(reply));
        Assert.Contains("Who is in · 0 in the call", Readable(reply));
    }

    [Fact]
    public async Task Who_is_in_an_ended_meeting_says_it_has_ended()
    {
        await using var bot = await StartBotAsync();
        await StartMeetingAsync(bot);
        await AskAsync(bot, "stop meeting");

        var reply = await AskAsync(bot, "who is in the meeting");

        Assert.Contains("has already ended", reply.Text);
    }
}
