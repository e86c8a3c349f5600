using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// The buttons of a meeting's card (Stop, Invite, Who's in, refresh) clicked end to end: the meeting is started by a
/// message, the click is an <c>adaptiveCard/action</c> invoke naming it, the answer replaces the clicker's card and
/// the card everyone sees is PUT in place; the simulator shows what happened to the conference.
/// </summary>
public sealed class CardActionButtonTests
{
    [Fact]
    public async Task Stop_by_the_owner_ends_the_conference_answers_an_Ended_card_and_puts_Ended_on_the_shared_card()
    {
        await using var bot = await BotHarness.StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);

        var answer = await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.stop")));

        var card = await MeetingOnCard.CardOfAsync(answer);
        Assert.StartsWith("Ended", MeetingOnCard.StateOf(card));
        Assert.DoesNotContain("Join", MeetingOnCard.ActionTitles(card));
        Assert.DoesNotContain("/webrtc/", card.ToJsonString());
        Assert.False(bot.TrueConf.FindConference(meeting.ConferenceId)!.IsRunning);
        Assert.Single(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ConferenceStop);

        var update = await meeting.CardUpdateAsync(bot, "Ended");
        Assert.StartsWith("Ended", MeetingOnCard.StateOf(update.Card));
        Assert.Empty(MeetingOnCard.ActionTitles(update.Card!));
    }

    [Fact]
    public async Task Stop_by_someone_else_keeps_the_conference_running_and_tells_them_politely_on_their_card_only()
    {
        await using var bot = await BotHarness.StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);

        var answer = await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.stop", MeetingOnCard.KevinId, "Kevin Smith")));

        var card = await MeetingOnCard.CardOfAsync(answer);
        Assert.Contains("Only **Alex Wilber**, who owns **Design review**, or a MeetingBot admin can stop it.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.StartsWith("🟢 Running", MeetingOnCard.StateOf(card));
        Assert.Contains("Join", MeetingOnCard.ActionTitles(card));
        Assert.True(bot.TrueConf.FindConference(meeting.ConferenceId)!.IsRunning);
        Assert.DoesNotContain(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ConferenceStop);
        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(400)), "a refused stop wrote into the chat");
        Assert.Empty(bot.Connector.Updates);
    }

    [Fact]
    public async Task Stop_by_a_MeetingBot_admin_who_does_not_own_the_meeting_ends_it()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["MeetingBot:Admins:0"] = MeetingOnCard.KevinId });
        var meeting = await MeetingOnCard.StartAsync(bot);

        var answer = await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.stop", MeetingOnCard.KevinId, "Kevin Smith")));

        Assert.StartsWith("Ended", MeetingOnCard.StateOf(await MeetingOnCard.CardOfAsync(answer)));
        Assert.False(bot.TrueConf.FindConference(meeting.ConferenceId)!.IsRunning);
        await meeting.CardUpdateAsync(bot, "Ended");
    }

    [Fact]
    public async Task Invite_from_the_card_calls_them_lists_them_on_the_shared_card_and_notes_it_on_the_clickers_card()
    {
        await using var bot = await BotHarness.StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);

        var answer = await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.invite", people: "dean and helen")));

        var card = await MeetingOnCard.CardOfAsync(answer);
        Assert.Contains("Invited **Dean Novak** and **Helen Carter** to **Design review**.", card.ToJsonString(), StringComparison.Ordinal);
        var called = bot.TrueConf.FindConference(meeting.ConferenceId)!.Participants.Select(person => person.UserId).ToArray();
        Assert.Contains("dean", called);
        Assert.Contains("helen", called);
        var update = await meeting.CardUpdateAsync(bot, "Helen Carter");
        Assert.Contains("Dean Novak", update.JsonText);
        Assert.Contains("Kevin Smith", update.JsonText);
    }

    [Fact]
    public async Task Invite_with_nothing_typed_asks_whom_and_calls_nobody()
    {
        await using var bot = await BotHarness.StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);

        var answer = await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.invite", people: "  ")));

        var card = await MeetingOnCard.CardOfAsync(answer);
        Assert.Contains(card["body"]!.AsArray(), element => (string?)element!["text"] == "Type the names (or `everyone here`) to invite, then press Invite.");
        Assert.DoesNotContain(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ParticipantInvite);
        Assert.Empty(bot.Connector.Updates);
    }

    [Fact]
    public async Task Whos_in_lists_each_person_with_their_state_on_the_clickers_card()
    {
        await using var bot = await BotHarness.StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);
        await bot.SendAsync(meeting.Click(bot, "meeting.invite", people: "dean"));
        Assert.Equal(JoinResult.Joined, bot.TrueConf.Join(meeting.ConferenceId, "alex"));

        var answer = await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.participants")));

        var card = await MeetingOnCard.CardOfAsync(answer);
        var lines = card["body"]!.AsArray().Select(element => (string?)element!["text"]).OfType<string>().ToArray();
        Assert.Contains(lines, line => line.StartsWith("**Alex Wilber** · in the call since ", StringComparison.Ordinal));
        Assert.Contains("**Dean Novak** · being called", lines);
        Assert.Equal("🟢 Running · 1 in the call", MeetingOnCard.StateOf(card));
        Assert.Equal("🟢 Running · 1 in the call", MeetingOnCard.StateOf((await meeting.CardUpdateAsync(bot, "1 in the call")).Card));
    }

    [Fact]
    public async Task Whos_in_on_a_meeting_deleted_in_TrueConf_before_the_watcher_saw_it_shows_it_ended()
    {
        await using var bot = await BotHarness.StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);
        Assert.True(bot.TrueConf.DeleteConference(meeting.ConferenceId));

        var card = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.participants"))));

        Assert.StartsWith("Ended", MeetingOnCard.StateOf(card));
        Assert.Empty(MeetingOnCard.ActionTitles(card));
        Assert.StartsWith("Ended", MeetingOnCard.StateOf((await meeting.CardUpdateAsync(bot, "Ended")).Card));
    }

    [Fact]
    public async Task Refresh_answers_the_meeting_as_it_is_now_after_it_ended_outside_the_chat()
    {
        await using var bot = await BotHarness.StartAsync();
        var meeting = await MeetingOnCard.StartAsync(bot);
        var refresh = meeting.Click(bot, "meeting.refresh");
        refresh["value"]!["trigger"] = "automatic";

        var before = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(await bot.SendAsync(refresh)));
        Assert.StartsWith("🟢 Running", MeetingOnCard.StateOf(before));
        Assert.Contains("Join", MeetingOnCard.ActionTitles(before));

        bot.TrueConf.StopConference(meeting.ConferenceId);
        await bot.App.Services.GetRequiredService<MeetingBot.Meetings.MeetingWatcher>().LookOnceAsync(CancellationToken.None);
        var again = meeting.Click(bot, "meeting.refresh");
        again["value"]!["trigger"] = "automatic";
        var after = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(await bot.SendAsync(again)));

        Assert.StartsWith("Ended", MeetingOnCard.StateOf(after));
        Assert.Empty(MeetingOnCard.ActionTitles(after));
    }
}
