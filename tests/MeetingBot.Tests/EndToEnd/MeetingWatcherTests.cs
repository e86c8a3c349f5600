using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// The watcher on a fake clock: a meeting ended (or deleted) on the server outside the chat turns its card to Ended
/// within one interval, the participant count follows, an unchanged meeting's card is left alone, and one look costs
/// one list call per page plus a bounded number of participant reads — never one read per meeting.
/// </summary>
public sealed class MeetingWatcherTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);
    private readonly WatcherClock _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_conference_stopped_on_the_server_turns_its_card_to_Ended_within_one_interval()
    {
        await using var bot = await StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);

        Assert.True(bot.TrueConf.StopConference(meeting.ConferenceId));
        _clock.Advance(Interval);
        var update = await meeting.CardUpdateAsync(bot, "Ended");

        Assert.Equal("Ended · under a minute", MeetingOnCard.StateOf(update.Card));
        Assert.DoesNotContain("Join", MeetingOnCard.ActionTitles(update.Card!));
        Assert.Single(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ConferenceGet);
    }

    [Fact]
    public async Task A_meeting_the_server_will_not_answer_for_does_not_hold_up_the_others()
    {
        await using var bot = await StartAsync();
        var first = await MeetingOnCard.StartAsync(bot, "start meeting \"First\" with kevin");
        var second = await MeetingOnCard.StartAsync(bot, "start meeting \"Second\" with kevin");
        Assert.True(bot.TrueConf.StopConference(first.ConferenceId));
        Assert.True(bot.TrueConf.StopConference(second.ConferenceId));
        // The first meeting's read is refused (not retried): the look must still reach the second.
        bot.TrueConf.Faults.FailNext(1, 403, """{"error":{"code":403,"message":"Forbidden","errors":[{"reason":"forbidden"}]}}""", operation: SimulatorOperations.ConferenceGet);

        _clock.Advance(Interval);
        var update = await second.CardUpdateAsync(bot, "Ended");

        Assert.Contains("Second", update.JsonText);
        Assert.Contains("failed; the look goes on", bot.App.Logs.All);
    }

    [Fact]
    public async Task A_conference_deleted_on_the_server_is_taken_as_ended()
    {
        await using var bot = await StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);

        Assert.True(bot.TrueConf.DeleteConference(meeting.ConferenceId));
        _clock.Advance(Interval);
        var update = await meeting.CardUpdateAsync(bot, "Ended");

        Assert.StartsWith("Ended", MeetingOnCard.StateOf(update.Card));
        Assert.Empty(MeetingOnCard.ActionTitles(update.Card!));
    }

    [Fact]
    public async Task An_unchanged_running_meeting_gets_no_card_update_look_after_look()
    {
        await using var bot = await StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);

        for (var look = 0; look < 4; look++)
        {
            await _clock.LookAsync(bot);
        }

        Assert.Empty(bot.Connector.Updates);
        Assert.True(bot.TrueConf.FindConference(meeting.ConferenceId)!.IsRunning);
        Assert.DoesNotContain(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ConferenceGet);
    }

    [Fact]
    public async Task The_card_shows_how_many_are_in_the_call_once_the_watcher_has_read_it()
    {
        await using var bot = await StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);

        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "alex"));
        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "kevin"));
        await _clock.LookAsync(bot);
        var two = await meeting.CardUpdateAsync(bot, "2 in the call");
        Assert.Equal("🟢 Running · 2 in the call", MeetingOnCard.StateOf(two.Card));
        Assert.Contains("Join", MeetingOnCard.ActionTitles(two.Card!));

        Assert.True(bot.TrueConf.Leave(meeting.ConferenceId, "kevin"));
        await _clock.LookAsync(bot);
        Assert.Equal("🟢 Running · 1 in the call", MeetingOnCard.StateOf((await meeting.CardUpdateAsync(bot, "1 in the call")).Card));
    }

    [Fact]
    public async Task A_look_over_thirty_unchanged_meetings_costs_one_list_call_and_at_most_the_configured_participant_reads()
    {
        await using var bot = await StartAsync();
        var watcher = bot.App.Services.GetRequiredService<MeetingWatcher>();
        for (var i = 0; i < 30; i++)
        {
            await MeetingOnCard.StartAsync(bot, $"start meeting \"Standup {i}\" with kevin");
        }

        for (var look = 0; look < 4; look++)
        {
            await watcher.LookOnceAsync(CancellationToken.None); // every meeting's participants read once
        }

        for (var look = 0; look < 3; look++)
        {
            var before = bot.TrueConf.RequestLog.Count;
            var updatesBefore = bot.Connector.Updates.Count;

            Assert.False(await watcher.LookOnceAsync(CancellationToken.None));

            var calls = bot.TrueConf.RequestLog.Skip(before).Select(request => request.Operation).Where(op => op != SimulatorOperations.Token).ToArray();
            Assert.Equal(1, calls.Count(op => op == SimulatorOperations.ConferenceList));
            Assert.Equal(8, calls.Count(op => op == SimulatorOperations.ParticipantList)); // MeetingBot:WatchParticipantReads
            Assert.Equal(8, calls.Count(op => op == SimulatorOperations.InvitationList)); // who was asked but is not in yet
            Assert.Equal(17, calls.Length); // no GET per meeting, nothing else
            Assert.Equal(updatesBefore, bot.Connector.Updates.Count);
        }

        Assert.Empty(bot.Connector.Updates);
    }

    private Task<BotHarness> StartAsync() => BotHarness.StartAsync(services: services => services.AddSingleton<TimeProvider>(_clock));
}
