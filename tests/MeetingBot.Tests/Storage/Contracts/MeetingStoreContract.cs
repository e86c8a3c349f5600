using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>What the meeting store keeps to reach a meeting's chat later, and its live state — on either provider.</summary>
public abstract class MeetingStoreContract : StoreContract
{
    private static readonly DateTimeOffset Nine = DateTimeOffset.Parse("2026-12-01T09:00:00Z");

    private IMeetingStore Meetings => Get<IMeetingStore>();

    /// <summary>The same store opened again (after a restart, or by another instance).</summary>
    protected abstract Task<ServiceProvider> OpenAgainAsync();

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
            OwnerName = "Alex Owner",
            InviteeNames = ["Kevin K", "Dean D"],
            Language = "ru",
        };

        Assert.True(await Meetings.TryAddAsync(meeting, CancellationToken.None));

        AssertSameMeeting(meeting, await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None));
    }

    [Fact]
    public async Task Absent_optional_fields_and_empty_invitees_read_back_as_absent_and_empty()
    {
        var meeting = Meeting("req-1", "1111111111", Nine) with { InviteeIds = [], ServiceAddress = "" };

        await Meetings.TryAddAsync(meeting, CancellationToken.None);

        AssertSameMeeting(meeting, await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None));
        Assert.Null(await Meetings.FindByRequestKeyAsync("no-such", CancellationToken.None));
    }

    [Fact]
    public async Task Meetings_are_found_by_request_and_the_latest_per_conversation()
    {
        var first = Meeting("req-1", "1111111111", Nine);
        var second = Meeting("req-2", "2222222222", Nine.AddMinutes(5));

        Assert.True(await Meetings.TryAddAsync(first, CancellationToken.None));
        Assert.True(await Meetings.TryAddAsync(second, CancellationToken.None));
        Assert.False(await Meetings.TryAddAsync(first with { ConferenceId = "3333333333", StartedAt = Nine.AddMinutes(9) }, CancellationToken.None));

        AssertSameMeeting(first, await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None));
        Assert.Equal("2222222222", (await Meetings.FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None))?.ConferenceId);
        Assert.Null(await Meetings.FindByConferenceIdAsync("TrueConf", "3333333333", CancellationToken.None));
        Assert.Null(await Meetings.FindLatestInConversationAsync("msteams", "19:other", CancellationToken.None));
        Assert.Null(await Meetings.FindLatestInConversationAsync("slack", "19:c", CancellationToken.None));
    }

    [Fact]
    public async Task The_latest_in_a_conversation_is_the_one_started_last_whatever_order_they_were_stored_in()
    {
        await Meetings.TryAddAsync(Meeting("late", "2", Nine.AddMinutes(10)), CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("early", "1", Nine), CancellationToken.None);

        Assert.Equal("late", (await Meetings.FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None))?.RequestKey);
    }

    [Fact]
    public async Task A_conference_is_found_by_its_backend_and_id_newest_record_first()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("req-2", "1111111111", Nine.AddMinutes(5)) with { ConversationId = "19:other" }, CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("req-3", "2222222222", Nine.AddMinutes(9)), CancellationToken.None);

        Assert.Equal("req-2", (await Meetings.FindByConferenceIdAsync("TrueConf", "1111111111", CancellationToken.None))?.RequestKey);
        Assert.Null(await Meetings.FindByConferenceIdAsync("OtherBackend", "1111111111", CancellationToken.None));
        Assert.Null(await Meetings.FindByConferenceIdAsync("TrueConf", "9999999999", CancellationToken.None));
    }

    [Fact]
    public async Task An_ended_meeting_is_still_found_by_its_key_its_conversation_and_its_conference()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);
        await Meetings.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(20), 0, Nine.AddMinutes(21), CancellationToken.None);

        Assert.Equal(MeetingState.Ended, (await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None))?.State);
        Assert.Equal(MeetingState.Ended, (await Meetings.FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None))?.State);
        Assert.Equal(MeetingState.Ended, (await Meetings.FindByConferenceIdAsync("TrueConf", "1111111111", CancellationToken.None))?.State);
    }

    [Fact]
    public async Task Running_meetings_are_listed_oldest_first_and_an_ended_one_leaves_the_list()
    {
        await Meetings.TryAddAsync(Meeting("late", "3", Nine.AddMinutes(30)), CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("early", "1", Nine) with { CheckedAt = Nine.AddMinutes(1) }, CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("middle", "2", Nine.AddMinutes(10)) with { Backend = "MoodHood" }, CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("over", "4", Nine.AddMinutes(5)) with { State = MeetingState.Ended, EndedAt = Nine.AddMinutes(6) }, CancellationToken.None);

        Assert.Equal(
            [new("early", "TrueConf", "1", Nine.AddMinutes(1)), new("middle", "MoodHood", "2", null), new RunningMeeting("late", "TrueConf", "3", null)],
            await Meetings.ListRunningAsync(CancellationToken.None));

        await Meetings.UpdateLiveStateAsync("late", MeetingState.Running, null, 2, Nine.AddMinutes(42), CancellationToken.None);
        await Meetings.UpdateLiveStateAsync("middle", MeetingState.Ended, Nine.AddMinutes(40), 0, Nine.AddMinutes(41), CancellationToken.None);

        Assert.Equal(
            [new("early", "TrueConf", "1", Nine.AddMinutes(1)), new RunningMeeting("late", "TrueConf", "3", Nine.AddMinutes(42))],
            await Meetings.ListRunningAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_owners_running_meetings_on_a_backend_are_listed_newest_first_up_to_the_limit()
    {
        await Meetings.TryAddAsync(Meeting("first", "1", Nine), CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("third", "3", Nine.AddMinutes(20)), CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("second", "2", Nine.AddMinutes(10)), CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("fourth", "4", Nine.AddMinutes(30)), CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("added-ended", "5", Nine.AddMinutes(40)) with { State = MeetingState.Ended }, CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("someone-else", "6", Nine.AddMinutes(50)) with { OwnerId = "kevin" }, CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("other-backend", "7", Nine.AddMinutes(60)) with { Backend = "MoodHood" }, CancellationToken.None);

        var three = await Meetings.ListRunningOwnedAsync("TrueConf", "alex", 3, CancellationToken.None);
        await Meetings.UpdateLiveStateAsync("fourth", MeetingState.Ended, Nine.AddMinutes(70), 0, Nine.AddMinutes(70), CancellationToken.None);
        var afterOneEnded = await Meetings.ListRunningOwnedAsync("TrueConf", "alex", 10, CancellationToken.None);

        Assert.Equal(["fourth", "third", "second"], three.Select(m => m.RequestKey));
        AssertSameMeeting(Meeting("fourth", "4", Nine.AddMinutes(30)), three[0]);
        Assert.Equal(["third", "second", "first"], afterOneEnded.Select(m => m.RequestKey));
        Assert.Equal(["other-backend"], (await Meetings.ListRunningOwnedAsync("MoodHood", "alex", 10, CancellationToken.None)).Select(m => m.RequestKey));
        Assert.Empty(await Meetings.ListRunningOwnedAsync("TrueConf", "nobody", 10, CancellationToken.None));
        Assert.Empty(await Meetings.ListRunningOwnedAsync("TrueConf", "alex", 0, CancellationToken.None));
    }

    [Fact]
    public async Task A_card_id_known_late_is_recorded_with_its_meeting()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        await Meetings.SetCardMessageIdAsync("req-1", "card-late", CancellationToken.None);

        Assert.Equal("card-late", (await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None))?.CardMessageId);
    }

    [Fact]
    public async Task Live_state_is_saved_and_only_the_change_to_ended_says_so()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        var stillRunning = await Meetings.UpdateLiveStateAsync("req-1", MeetingState.Running, null, 3, Nine.AddMinutes(1), CancellationToken.None);
        var afterRunning = await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None);
        var ended = await Meetings.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(23), 0, Nine.AddMinutes(24), CancellationToken.None);
        var endedAgain = await Meetings.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(30), 0, Nine.AddMinutes(31), CancellationToken.None);
        var runningAgain = await Meetings.UpdateLiveStateAsync("req-1", MeetingState.Running, null, 5, Nine.AddMinutes(32), CancellationToken.None);
        var unknown = await Meetings.UpdateLiveStateAsync("no-such", MeetingState.Ended, Nine, 0, Nine, CancellationToken.None);
        var final = await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None);

        Assert.False(stillRunning);
        Assert.Equal((MeetingState.Running, (DateTimeOffset?)null, (int?)3, (DateTimeOffset?)Nine.AddMinutes(1)),
            (afterRunning?.State, afterRunning?.EndedAt, afterRunning?.ParticipantCount, afterRunning?.CheckedAt));
        Assert.True(ended);
        Assert.False(endedAgain);
        Assert.False(runningAgain);
        Assert.False(unknown);
        Assert.Null(await Meetings.FindByRequestKeyAsync("no-such", CancellationToken.None));
        // An ended meeting stays as it ended: later (possibly stale) news changes nothing.
        Assert.Equal((MeetingState.Ended, (DateTimeOffset?)Nine.AddMinutes(23), (int?)0, (DateTimeOffset?)Nine.AddMinutes(24)),
            (final?.State, final?.EndedAt, final?.ParticipantCount, final?.CheckedAt));
    }

    [Fact]
    public async Task A_meeting_added_ended_never_says_it_ended_again()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine) with { State = MeetingState.Ended, EndedAt = Nine.AddMinutes(5) }, CancellationToken.None);

        Assert.False(await Meetings.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(9), 0, Nine.AddMinutes(9), CancellationToken.None));
        Assert.Empty(await Meetings.ListRunningAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Of_ten_callers_seeing_a_meeting_end_at_once_exactly_one_is_told_it_ended()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Meetings.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(20 + i), 0, Nine.AddMinutes(21 + i), CancellationToken.None)));

        Assert.Single(results, changed => changed);
    }

    [Fact]
    public async Task Of_ten_callers_adding_one_request_key_at_once_exactly_one_stores_its_meeting()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Meetings.TryAddAsync(Meeting("req-1", $"{i}", Nine.AddSeconds(i)), CancellationToken.None)));

        var winner = Array.IndexOf(results, true);
        Assert.Single(results, added => added);
        AssertSameMeeting(Meeting("req-1", $"{winner}", Nine.AddSeconds(winner)), await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None));
        Assert.Equal([$"{winner}"], (await Meetings.ListRunningAsync(CancellationToken.None)).Select(m => m.ConferenceId));
    }

    [Fact]
    public async Task Of_twenty_callers_reminding_the_owner_at_once_exactly_one_may_and_never_again()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("req-2", "2222222222", Nine), CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Meetings.TryMarkOwnerRemindedAsync("req-1", CancellationToken.None)));

        Assert.Single(results, first => first);
        Assert.False(await Meetings.TryMarkOwnerRemindedAsync("req-1", CancellationToken.None));
        Assert.True((await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None))?.OwnerReminded);
        Assert.False((await Meetings.FindByRequestKeyAsync("req-2", CancellationToken.None))?.OwnerReminded);
        Assert.True(await Meetings.TryMarkOwnerRemindedAsync("req-2", CancellationToken.None));
        Assert.False(await Meetings.TryMarkOwnerRemindedAsync("no-such", CancellationToken.None));
    }

    [Fact]
    public async Task Invitees_are_added_once_each_ignoring_case_with_their_names_and_the_meeting_comes_back_as_stored()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        var returned = await Meetings.AddInviteesAsync("req-1", ["KEVIN", "sam", "Sam", "lee"], ["Kevin again", "Sam S", "Sam twice", "Lee L"], CancellationToken.None);
        var stored = await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None);

        Assert.Equal(["kevin", "dean", "sam", "lee"], returned?.InviteeIds);
        // Invitees stored without a name are named by their id.
        Assert.Equal(["kevin", "dean", "Sam S", "Lee L"], returned?.InviteeNames);
        Assert.Equal(returned?.InviteeIds, stored?.InviteeIds);
        Assert.Equal(returned?.InviteeNames, stored?.InviteeNames);
        Assert.Equal("1111111111", returned?.ConferenceId);
        Assert.Null(await Meetings.AddInviteesAsync("no-such", ["sam"], ["Sam S"], CancellationToken.None));
    }

    [Fact]
    public async Task An_invitee_without_a_name_is_named_by_the_id()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine) with { InviteeIds = [], InviteeNames = [] }, CancellationToken.None);

        var returned = await Meetings.AddInviteesAsync("req-1", ["sam", "lee"], ["Sam S"], CancellationToken.None);

        Assert.Equal(["Sam S", "lee"], returned?.InviteeNames);
    }

    [Fact]
    public async Task Invitees_added_by_many_callers_at_once_are_all_kept()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Meetings.AddInviteesAsync("req-1", [$"guest{i}"], [$"Guest {i}"], CancellationToken.None)));

        var stored = await Meetings.FindByRequestKeyAsync("req-1", CancellationToken.None);
        Assert.Equal(
            new[] { "dean", "kevin" }.Concat(Enumerable.Range(0, 10).Select(i => $"guest{i}")).Order(StringComparer.Ordinal),
            stored!.InviteeIds.Order(StringComparer.Ordinal));
        Assert.Equal(stored.InviteeIds.Count, stored.InviteeNames?.Count);
    }

    [Fact]
    public async Task The_store_opened_again_still_knows_the_conversations_meeting_its_card_and_address()
    {
        await Meetings.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);
        await Meetings.TryAddAsync(Meeting("req-2", "2222222222", Nine.AddMinutes(5)) with { ReplyToId = "1700000000002" }, CancellationToken.None);
        await Meetings.SetCardMessageIdAsync("req-2", "card-2", CancellationToken.None);
        await Meetings.TryMarkOwnerRemindedAsync("req-2", CancellationToken.None);
        await Services.DisposeAsync();

        var reopened = await TrackAsync(OpenAgainAsync());
        var latest = await reopened.GetRequiredService<IMeetingStore>().FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None);

        Assert.Equal(
            ("req-2", "2222222222", "card-2", "https://smba.example/amer/", "1700000000002", MeetingState.Running, true),
            (latest?.RequestKey, latest?.ConferenceId, latest?.CardMessageId, latest?.ServiceAddress, latest?.ReplyToId, latest?.State, latest?.OwnerReminded));
    }

    internal static MeetingRecord Meeting(string key, string conferenceId, DateTimeOffset at) => new(
        conferenceId, "TrueConf", "Topic", "alex", ["kevin", "dean"], $"https://video.example/webrtc/{conferenceId}", null,
        "msteams", "19:c", "29:alex", key, at, ServiceAddress: "https://smba.example/amer/");

    internal static void AssertSameMeeting(MeetingRecord expected, MeetingRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.InviteeIds, actual.InviteeIds);
        Assert.Equal(expected.InviteeNames, actual.InviteeNames);
        Assert.Equal(expected with { InviteeIds = [], InviteeNames = null }, actual with { InviteeIds = [], InviteeNames = null });
    }
}

public sealed class SqliteMeetingStoreContractTests : MeetingStoreContract
{
    private readonly string _path = StorageServices.NewPath();

    protected override Task<ServiceProvider> CreateStoreAsync() => Task.FromResult(StorageServices.Build(_path));

    protected override Task<ServiceProvider> OpenAgainAsync() => CreateStoreAsync();
}

public sealed class RedisMeetingStoreContractTests : MeetingStoreContract
{
    private readonly string _prefix = RedisServer.NewPrefix();

    protected override async Task<ServiceProvider> CreateStoreAsync() => StorageServices.BuildRedis(await RedisServer.Shared, _prefix);

    protected override Task<ServiceProvider> OpenAgainAsync() => CreateStoreAsync();
}
