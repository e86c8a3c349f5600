using MeetingBot.MoodHoodSimulator;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Tests.PersonalLinks.PersonalLinkTeamsHarness;

namespace MeetingBot.Tests.MoodHood;

/// <summary>
/// Live presence on MoodHood through <c>/api/messages</c> against the simulator: its call analytics tell how many are
/// in a room's call (not who), the watcher keeps the card's count current on a fake clock, "who's in" answers with
/// the count and the invitees, and a plan without analytics is found out once and then never asked again.
/// </summary>
public sealed class MoodHoodPresenceTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);
    private readonly WatcherClock _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_watcher_keeps_the_cards_count_current_from_call_analytics()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        await using var bot = await StartAsync(moodHood);
        var meeting = await MeetingOnCard.StartAsync(bot, "start meeting \"Design review\" with kevin");

        var kevin = await EnterAsync(moodHood, KevinId);
        await LookAsync(moodHood);
        Assert.Equal("🟢 Running · 1 in the call", MeetingOnCard.StateOf((await meeting.CardUpdateAsync(bot, "1 in the call")).Card));

        await EnterAsync(moodHood, TestActivities.AlexId);
        await LookAsync(moodHood);
        Assert.Equal("🟢 Running · 2 in the call", MeetingOnCard.StateOf((await meeting.CardUpdateAsync(bot, "2 in the call")).Card));

        await LeaveAsync(moodHood, kevin);
        var updates = meeting.CardUpdates(bot).Count;
        await LookAsync(moodHood);
        Assert.Equal("🟢 Running · 1 in the call", MeetingOnCard.StateOf((await NextUpdateAsync(bot, meeting, updates)).Card));

        // Unchanged: no card update, and one analytics call per room per look.
        var analytics = Count(moodHood, MoodHoodOperations.AnalyticsCalls);
        updates = meeting.CardUpdates(bot).Count;
        await LookAsync(moodHood);
        Assert.Equal(updates, meeting.CardUpdates(bot).Count);
        Assert.Equal(analytics + 1, Count(moodHood, MoodHoodOperations.AnalyticsCalls));
    }

    [Fact]
    public async Task Who_is_in_answers_how_many_are_in_the_call_not_who_plus_who_was_invited()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        await using var bot = await StartAsync(moodHood);
        var meeting = await MeetingOnCard.StartAsync(bot, "start meeting \"Design review\" with kevin");

        var nobody = await AskAsync(bot, "who is in the meeting");
        Assert.Contains("Nobody is in the call of **Design review** yet (MoodHood tells how many, not who); invited: **Kevin Smith**.", nobody.Text);

        await EnterAsync(moodHood, KevinId);
        var one = await AskAsync(bot, "who is in the meeting");
        Assert.Contains("**1** person is in the call of **Design review** (MoodHood tells how many, not who)", one.Text);
        // The answer brought the card up to date too.
        Assert.Equal("🟢 Running · 1 in the call", MeetingOnCard.StateOf((await meeting.CardUpdateAsync(bot, "1 in the call")).Card));
    }

    [Fact]
    public async Task Without_analytics_on_the_plan_the_bot_says_it_cannot_tell_logs_it_once_and_never_asks_again()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync(options => options.CallAnalytics = false);
        await using var bot = await StartAsync(moodHood);
        var meeting = await MeetingOnCard.StartAsync(bot, "start meeting \"Design review\" with kevin");
        await EnterAsync(moodHood, KevinId);

        var first = await AskAsync(bot, "who is in the meeting");
        var second = await AskAsync(bot, "who is in the meeting");
        await LookAsync(moodHood);
        await LookAsync(moodHood);

        Assert.Contains("MoodHood doesn't tell who is in the call of **Design review**; invited: **Kevin Smith**.", first.Text);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(1, Count(moodHood, MoodHoodOperations.AnalyticsCalls));
        Assert.Single(bot.App.Logs.Lines, line => line.Contains("refused call analytics", StringComparison.Ordinal));
        Assert.Empty(meeting.CardUpdates(bot));
        Assert.DoesNotContain("error", first.Text, StringComparison.OrdinalIgnoreCase);
    }

    private Task<BotHarness> StartAsync(MoodHoodSimulatorServer moodHood) =>
        BotHarness.StartAsync(Settings(moodHood), services: services => services.AddSingleton<TimeProvider>(_clock));

    internal static Dictionary<string, string?> Settings(MoodHoodSimulatorServer moodHood) => new()
    {
        ["Conferencing:Provider"] = "MoodHood",
        ["MoodHood:ApiBaseUrl"] = moodHood.BaseUrl,
        ["MoodHood:WebBaseUrl"] = moodHood.BaseUrl,
        ["MoodHood:SpaceId"] = moodHood.Options.SpaceId,
        ["MoodHood:PersonalToken"] = moodHood.Options.PersonalToken,
    };

    /// <summary>The person opens the personal link the bot minted for them, which takes them into the call; returns the page's session.</summary>
    internal static async Task<string> EnterAsync(MoodHoodSimulatorServer moodHood, string personId)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!moodHood.State.Links.Any(link => link.ExternalUserId == personId))
        {
            Assert.True(DateTime.UtcNow < until, $"no link was minted for {personId}");
            await Task.Delay(25);
        }

        var link = moodHood.State.Links.Last(link => link.ExternalUserId == personId);
        using var client = new HttpClient();
        using var page = await client.GetAsync(link.Url);
        page.EnsureSuccessStatusCode();
        return moodHood.State.Calls.SelectMany(call => call.Present).Last(person => person.ExternalUserId == personId).SessionId;
    }

    private static async Task LeaveAsync(MoodHoodSimulatorServer moodHood, string session)
    {
        var room = Assert.Single(moodHood.State.Rooms);
        using var client = moodHood.CreateClient();
        using var form = new FormUrlEncodedContent([new("session", session)]);
        using var left = await client.PostAsync($"room/{room.Alias}/leave", form);
        left.EnsureSuccessStatusCode();
    }

    private static async Task<RecordedCall> NextUpdateAsync(BotHarness bot, MeetingOnCard meeting, int seen)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (meeting.CardUpdates(bot).Count <= seen)
        {
            Assert.True(DateTime.UtcNow < until, "the card was not updated");
            await Task.Delay(25);
        }

        return meeting.CardUpdates(bot)[seen];
    }

    private Task LookAsync(MoodHoodSimulatorServer moodHood) =>
        _clock.LookAsync(() => Count(moodHood, MoodHoodOperations.RoomList), Interval);

    private static int Count(MoodHoodSimulatorServer moodHood, string operation) =>
        moodHood.State.RequestLog.Count(request => request.Operation == operation);
}
