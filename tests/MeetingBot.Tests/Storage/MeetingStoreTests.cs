using MeetingBot.Storage;
using MeetingBot.Storage.Sqlite;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage;

/// <summary>What the meeting store keeps to reach a meeting's chat later, and its live state, on a real SQLite file.</summary>
public sealed class MeetingStoreTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Nine = DateTimeOffset.Parse("2026-12-01T09:00:00Z");

    private readonly string _path = StorageServices.NewPath();
    private readonly ServiceProvider _services;
    private readonly IMeetingStore _meetings;

    public MeetingStoreTests()
    {
        _services = StorageServices.Build(_path);
        _meetings = _services.GetRequiredService<IMeetingStore>();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task Every_field_is_stored_and_read_back()
    {
        var meeting = Meeting("req-1", "1111111111", Nine) with
        {
            PageUrl = "https://video.example/page/1111111111",
            CardMessageId = "card-1",
            TenantId = "tenant-1",
            ReplyToId = "1700000000001",
            State = MeetingState.Ended,
            EndedAt = Nine.AddMinutes(23),
            ParticipantCount = 4,
            GuestUrl = "https://video.example/guest/1111111111",
            OwnerReminded = true,
            CheckedAt = Nine.AddMinutes(24),
        };

        Assert.True(await _meetings.TryAddAsync(meeting, CancellationToken.None));

        AssertSameMeeting(meeting, await _meetings.FindByRequestKeyAsync("req-1", CancellationToken.None));
    }

    [Fact]
    public async Task A_conference_is_found_by_its_backend_and_id_newest_record_first()
    {
        await _meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);
        await _meetings.TryAddAsync(Meeting("req-2", "1111111111", Nine.AddMinutes(5)) with { ConversationId = "19:other" }, CancellationToken.None);
        await _meetings.TryAddAsync(Meeting("req-3", "2222222222", Nine.AddMinutes(9)), CancellationToken.None);

        Assert.Equal("req-2", (await _meetings.FindByConferenceIdAsync("TrueConf", "1111111111", CancellationToken.None))?.RequestKey);
        Assert.Null(await _meetings.FindByConferenceIdAsync("OtherBackend", "1111111111", CancellationToken.None));
        Assert.Null(await _meetings.FindByConferenceIdAsync("TrueConf", "9999999999", CancellationToken.None));
    }

    [Fact]
    public async Task Running_meetings_are_listed_oldest_first_and_an_ended_one_leaves_the_list()
    {
        await _meetings.TryAddAsync(Meeting("late", "3", Nine.AddMinutes(30)), CancellationToken.None);
        await _meetings.TryAddAsync(Meeting("early", "1", Nine), CancellationToken.None);
        await _meetings.TryAddAsync(Meeting("middle", "2", Nine.AddMinutes(10)), CancellationToken.None);
        await _meetings.TryAddAsync(Meeting("over", "4", Nine.AddMinutes(5)) with { State = MeetingState.Ended, EndedAt = Nine.AddMinutes(6) }, CancellationToken.None);

        Assert.Equal(["early", "middle", "late"], (await _meetings.ListRunningAsync(CancellationToken.None)).Select(m => m.RequestKey));

        await _meetings.UpdateLiveStateAsync("middle", MeetingState.Ended, Nine.AddMinutes(40), 0, Nine.AddMinutes(41), CancellationToken.None);

        Assert.Equal(["early", "late"], (await _meetings.ListRunningAsync(CancellationToken.None)).Select(m => m.RequestKey));
    }

    [Fact]
    public async Task The_running_list_and_the_conference_lookup_read_their_indexes()
    {
        await _services.GetRequiredService<SqliteDatabase>().OpenAsync(CancellationToken.None);

        var running = await PlanAsync("SELECT * FROM meetings WHERE state = 0 ORDER BY started_at");
        var conference = await PlanAsync("SELECT * FROM meetings WHERE backend = 'TrueConf' AND conference_id = '1' ORDER BY started_at DESC LIMIT 1");

        Assert.Contains("meetings_running", running);
        Assert.DoesNotContain("TEMP B-TREE", running); // already in order
        Assert.Contains("meetings_by_conference", conference);
        Assert.DoesNotContain("TEMP B-TREE", conference);
    }

    [Fact]
    public async Task A_card_id_known_late_is_recorded_with_its_meeting()
    {
        await _meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        await _meetings.SetCardMessageIdAsync("req-1", "card-late", CancellationToken.None);

        Assert.Equal("card-late", (await _meetings.FindByRequestKeyAsync("req-1", CancellationToken.None))?.CardMessageId);
    }

    [Fact]
    public async Task Live_state_is_saved_and_only_the_change_to_ended_says_so()
    {
        await _meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        var stillRunning = await _meetings.UpdateLiveStateAsync("req-1", MeetingState.Running, null, 3, Nine.AddMinutes(1), CancellationToken.None);
        var afterRunning = await _meetings.FindByRequestKeyAsync("req-1", CancellationToken.None);
        var ended = await _meetings.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(23), 0, Nine.AddMinutes(24), CancellationToken.None);
        var endedAgain = await _meetings.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(30), 0, Nine.AddMinutes(31), CancellationToken.None);
        var runningAgain = await _meetings.UpdateLiveStateAsync("req-1", MeetingState.Running, null, 5, Nine.AddMinutes(32), CancellationToken.None);
        var unknown = await _meetings.UpdateLiveStateAsync("no-such", MeetingState.Ended, Nine, 0, Nine, CancellationToken.None);
        var final = await _meetings.FindByRequestKeyAsync("req-1", CancellationToken.None);

        Assert.False(stillRunning);
        Assert.Equal((MeetingState.Running, (DateTimeOffset?)null, (int?)3, (DateTimeOffset?)Nine.AddMinutes(1)),
            (afterRunning?.State, afterRunning?.EndedAt, afterRunning?.ParticipantCount, afterRunning?.CheckedAt));
        Assert.True(ended);
        Assert.False(endedAgain);
        Assert.False(runningAgain);
        Assert.False(unknown);
        // An ended meeting stays as it ended: later (possibly stale) news changes nothing.
        Assert.Equal((MeetingState.Ended, (DateTimeOffset?)Nine.AddMinutes(23), (int?)0, (DateTimeOffset?)Nine.AddMinutes(24)),
            (final?.State, final?.EndedAt, final?.ParticipantCount, final?.CheckedAt));
    }

    [Fact]
    public async Task Of_ten_callers_seeing_a_meeting_end_at_once_exactly_one_is_told_it_ended()
    {
        await _meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            _meetings.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(20 + i), 0, Nine.AddMinutes(21 + i), CancellationToken.None)));

        Assert.Single(results, changed => changed);
    }

    [Fact]
    public async Task Of_twenty_callers_reminding_the_owner_at_once_exactly_one_may_and_never_again()
    {
        await _meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);
        await _meetings.TryAddAsync(Meeting("req-2", "2222222222", Nine), CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _meetings.TryMarkOwnerRemindedAsync("req-1", CancellationToken.None)));

        Assert.Single(results, first => first);
        Assert.False(await _meetings.TryMarkOwnerRemindedAsync("req-1", CancellationToken.None));
        Assert.True((await _meetings.FindByRequestKeyAsync("req-1", CancellationToken.None))?.OwnerReminded);
        Assert.False((await _meetings.FindByRequestKeyAsync("req-2", CancellationToken.None))?.OwnerReminded);
        Assert.True(await _meetings.TryMarkOwnerRemindedAsync("req-2", CancellationToken.None));
    }

    [Fact]
    public async Task A_new_store_over_the_same_file_still_knows_the_conversations_meeting_its_card_and_address()
    {
        await _meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);
        await _meetings.TryAddAsync(Meeting("req-2", "2222222222", Nine.AddMinutes(5)) with { ReplyToId = "1700000000002" }, CancellationToken.None);
        await _meetings.SetCardMessageIdAsync("req-2", "card-2", CancellationToken.None);
        await _meetings.TryMarkOwnerRemindedAsync("req-2", CancellationToken.None);
        await _services.DisposeAsync();

        await using var restarted = StorageServices.Build(_path);
        var latest = await restarted.GetRequiredService<IMeetingStore>().FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None);

        Assert.Equal(
            ("req-2", "2222222222", "card-2", "https://smba.example/amer/", "1700000000002", MeetingState.Running, true),
            (latest?.RequestKey, latest?.ConferenceId, latest?.CardMessageId, latest?.ServiceAddress, latest?.ReplyToId, latest?.State, latest?.OwnerReminded));
    }

    [Fact]
    public async Task A_meeting_started_from_the_chat_keeps_the_conversations_service_address_across_a_restart()
    {
        var path = StorageServices.NewPath();
        string serviceUrl;
        string? cardId;
        await using (var bot = await BotHarness.StartAsync(databasePath: path))
        {
            serviceUrl = bot.Connector.ServiceUrl;
            await bot.SendAsync(bot.Message("start meeting"));
            cardId = (await bot.Connector.NextMessageAsync()).ReturnedId;
            var store = bot.App.Services.GetRequiredService<IMeetingStore>();
            for (var i = 0; i < 100 && await store.FindLatestInConversationAsync("msteams", TestActivities.ConversationId, CancellationToken.None) is null; i++)
            {
                await Task.Delay(50); // the record is written right after the connector answers
            }
        }

        await using var restarted = await BotHarness.StartAsync(databasePath: path);
        var latest = await restarted.App.Services.GetRequiredService<IMeetingStore>()
            .FindLatestInConversationAsync("msteams", TestActivities.ConversationId, CancellationToken.None);

        Assert.Equal((serviceUrl, cardId, MeetingState.Running), (latest?.ServiceAddress, latest?.CardMessageId, latest?.State));
    }

    private async Task<string> PlanAsync(string sql) =>
        string.Join(" | ", (await StorageServices.QueryAsync(_path, "EXPLAIN QUERY PLAN " + sql)).Select(row => row[3]));

    private static MeetingRecord Meeting(string key, string conferenceId, DateTimeOffset at) => new(
        conferenceId, "TrueConf", "Topic", "alex", ["kevin", "dean"], $"https://video.example/webrtc/{conferenceId}", null,
        "msteams", "19:c", "29:alex", key, at, ServiceAddress: "https://smba.example/amer/");

    private static void AssertSameMeeting(MeetingRecord expected, MeetingRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.InviteeIds, actual.InviteeIds);
        Assert.Equal(expected with { InviteeIds = [] }, actual with { InviteeIds = [] });
    }
}
