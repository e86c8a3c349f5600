using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// A participant count read from a meeting as it was a moment ago — by a watcher look that listed it running, or a
/// "Who's in" click — while a Stop ends it: the count must not draw "Running" back over the Ended card. The look's view
/// of the meeting is taken before the stop, the rest of the look runs after it. The bot's clock is fake and never
/// moved, so the background watcher stays out of the way.
/// </summary>
public sealed class MeetingWatcherRaceTests
{
    [Fact]
    public async Task A_look_that_saw_the_meeting_running_before_a_stop_leaves_the_card_Ended()
    {
        await using var bot = await StartAsync();
        var (meeting, seenRunning) = await StartWithOwnerInTheCallAsync(bot);

        await StopFromTheCardAsync(bot, meeting);
        await bot.App.Services.GetRequiredService<ForgottenMeetings>().CheckAsync(seenRunning, CancellationToken.None);

        await AssertStaysEndedAsync(bot, meeting);
    }

    [Fact]
    public async Task Whos_in_on_a_meeting_stopped_meanwhile_leaves_the_card_Ended()
    {
        await using var bot = await StartAsync();
        var (meeting, seenRunning) = await StartWithOwnerInTheCallAsync(bot);

        await StopFromTheCardAsync(bot, meeting);
        await bot.App.Services.GetRequiredService<MeetingParticipants>().ReadAsync(seenRunning, CancellationToken.None);

        await AssertStaysEndedAsync(bot, meeting);
    }

    private static Task<BotHarness> StartAsync() =>
        BotHarness.StartAsync(services: services => services.AddSingleton<TimeProvider>(new WatcherClock(DateTimeOffset.UtcNow)));

    /// <summary>A meeting whose card says "1 in the call" (the owner joined and a look read it), and the meeting as then stored.</summary>
    private static async Task<(MeetingOnCard Meeting, MeetingRecord SeenRunning)> StartWithOwnerInTheCallAsync(BotHarness bot)
    {
        var meeting = await MeetingOnCard.StartAsync(bot);
        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "alex"));
        await bot.App.Services.GetRequiredService<MeetingWatcher>().LookOnceAsync(CancellationToken.None);
        await meeting.CardUpdateAsync(bot, "1 in the call");
        var seen = await MeetingOnCard.StoredAsync(bot.App.Services, meeting.RequestKey);
        Assert.Equal((MeetingState.Running, 1), (seen.State, seen.ParticipantCount));
        return (meeting, seen);
    }

    private static async Task StopFromTheCardAsync(BotHarness bot, MeetingOnCard meeting)
    {
        var card = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.stop"))));
        Assert.StartsWith("Ended", MeetingOnCard.StateOf(card));
        await meeting.CardUpdateAsync(bot, "Ended");
    }

    private static async Task AssertStaysEndedAsync(BotHarness bot, MeetingOnCard meeting)
    {
        await Task.Delay(300); // a PUT drawn from the stale view would arrive here
        var states = meeting.CardUpdates(bot).Select(update => MeetingOnCard.StateOf(update.Card)).ToArray();
        Assert.StartsWith("Ended", states[^1]);
        Assert.Equal(MeetingState.Ended, (await MeetingOnCard.StoredAsync(bot.App.Services, meeting.RequestKey)).State);
    }
}
