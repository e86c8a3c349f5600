using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Xunit.Abstractions;
using static MeetingBot.Tests.Storage.Contracts.MeetingStoreContract;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>The Redis meeting store as two instances (two service providers) on one real redis-server and key prefix see it.</summary>
public sealed class RedisMeetingStoreTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset Nine = DateTimeOffset.Parse("2026-12-01T09:00:00Z");
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private readonly string _prefix = RedisServer.NewPrefix();
    private ServiceProvider _first = null!;
    private ServiceProvider _second = null!;
    private ConnectionMultiplexer _inspector = null!;

    public async Task InitializeAsync()
    {
        var redis = await RedisServer.Shared;
        _first = StorageServices.BuildRedis(redis, _prefix);
        _second = StorageServices.BuildRedis(redis, _prefix);
        _inspector = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _inspector.DisposeAsync();
    }

    private IMeetingStore First => _first.GetRequiredService<IMeetingStore>();

    private IMeetingStore Second => _second.GetRequiredService<IMeetingStore>();

    private IDatabase Raw => _inspector.GetDatabase();

    private RedisKey Key(string name) => "{" + _prefix + "}:" + name;

    [Fact]
    public async Task A_meeting_stored_by_one_instance_is_found_every_way_by_the_other()
    {
        var meeting = Meeting("req-1", "1111111111", Nine) with { OwnerName = "Alex Owner", InviteeNames = ["Kevin K", "Dean D"] };
        Assert.True(await First.TryAddAsync(meeting, CancellationToken.None));

        AssertSameMeeting(meeting, await Second.FindByRequestKeyAsync("req-1", CancellationToken.None));
        AssertSameMeeting(meeting, await Second.FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None));
        AssertSameMeeting(meeting, await Second.FindByConferenceIdAsync("TrueConf", "1111111111", CancellationToken.None));
        AssertSameMeeting(meeting, Assert.Single(await Second.ListRunningOwnedAsync("TrueConf", "alex", 10, CancellationToken.None)));
        Assert.Equal([new RunningMeeting("req-1", "TrueConf", "1111111111", null)], await Second.ListRunningAsync(CancellationToken.None));
        Assert.False(await Second.TryAddAsync(meeting with { ConferenceId = "2222222222" }, CancellationToken.None));
    }

    [Fact]
    public async Task Two_instances_adding_the_same_request_at_once_store_exactly_one_whole_meeting()
    {
        var keys = Enumerable.Range(0, 30).Select(i => $"req-{i}").ToArray();

        var added = await Task.WhenAll(keys.SelectMany(key => new[]
        {
            First.TryAddAsync(Meeting(key, "first-" + key, Nine) with { Topic = "first" }, CancellationToken.None),
            Second.TryAddAsync(Meeting(key, "second-" + key, Nine) with { Topic = "second" }, CancellationToken.None),
        }));

        var running = await First.ListRunningAsync(CancellationToken.None);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(added[2 * i] ^ added[(2 * i) + 1], $"{keys[i]}: exactly one instance must add it");
            var winner = added[2 * i] ? "first" : "second";
            var stored = await Second.FindByRequestKeyAsync(keys[i], CancellationToken.None);
            Assert.Equal((winner, winner + "-" + keys[i]), (stored?.Topic, stored?.ConferenceId));
            Assert.Equal(winner + "-" + keys[i], Assert.Single(running, m => m.RequestKey == keys[i]).ConferenceId);
        }

        Assert.Equal(keys.Length, running.Count);
    }

    [Fact]
    public async Task Of_two_instances_seeing_a_meeting_end_at_once_exactly_one_is_told_it_ended()
    {
        var keys = Enumerable.Range(0, 30).Select(i => $"req-{i}").ToArray();
        foreach (var key in keys)
        {
            await First.TryAddAsync(Meeting(key, key, Nine), CancellationToken.None);
        }

        var ended = await Task.WhenAll(keys.SelectMany(key => Enumerable.Range(0, 4).Select(i =>
            (i % 2 == 0 ? First : Second).UpdateLiveStateAsync(key, MeetingState.Ended, Nine.AddMinutes(20 + i), 0, Nine.AddMinutes(21 + i), CancellationToken.None))));

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(1, ended.Skip(4 * i).Take(4).Count(told => told));
        }

        Assert.Empty(await Second.ListRunningAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Of_two_instances_reminding_the_owner_at_once_exactly_one_may()
    {
        await First.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        var reminded = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? First : Second).TryMarkOwnerRemindedAsync("req-1", CancellationToken.None)));

        Assert.Single(reminded, first => first);
    }

    [Fact]
    public async Task Invitees_added_by_two_instances_at_once_are_all_kept()
    {
        await First.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? First : Second).AddInviteesAsync("req-1", [$"guest{i}", "KEVIN"], [$"Guest {i}", "Kevin"], CancellationToken.None)));

        var stored = await Second.FindByRequestKeyAsync("req-1", CancellationToken.None);
        Assert.Equal(
            new[] { "dean", "kevin" }.Concat(Enumerable.Range(0, 20).Select(i => $"guest{i}")).Order(StringComparer.Ordinal),
            stored!.InviteeIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_running_meeting_never_expires_and_an_ended_one_leaves_the_running_indexes_and_expires_with_its_pointers()
    {
        await First.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        Assert.Null(await Raw.KeyTimeToLiveAsync(Key("meeting:req-1")));
        Assert.Null(await Raw.KeyTimeToLiveAsync(Key("meetings:conversation:msteams:19:c")));
        Assert.Null(await Raw.KeyTimeToLiveAsync(Key("meetings:conference:TrueConf:1111111111")));
        Assert.True(await Raw.HashExistsAsync(Key("meetings:running"), "req-1"));
        Assert.Equal(1, await Raw.SortedSetLengthAsync(Key("meetings:running-owned:TrueConf:alex")));

        Assert.True(await Second.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(20), 0, Nine.AddMinutes(20), CancellationToken.None));

        AssertExpiresAfterRetention(await Raw.KeyTimeToLiveAsync(Key("meeting:req-1")));
        AssertExpiresAfterRetention(await Raw.KeyTimeToLiveAsync(Key("meetings:conversation:msteams:19:c")));
        AssertExpiresAfterRetention(await Raw.KeyTimeToLiveAsync(Key("meetings:conference:TrueConf:1111111111")));
        Assert.False(await Raw.KeyExistsAsync(Key("meetings:running")));
        Assert.False(await Raw.KeyExistsAsync(Key("meetings:running-owned:TrueConf:alex")));
    }

    [Fact]
    public async Task A_pointer_taken_by_a_newer_meeting_no_longer_expires_with_the_meeting_it_named()
    {
        await First.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);
        await First.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(20), 0, Nine.AddMinutes(20), CancellationToken.None);
        await Second.TryAddAsync(Meeting("req-2", "1111111111", Nine.AddMinutes(30)), CancellationToken.None);
        // An older meeting stored late and ended must not cut the newer one's pointers short either.
        await Second.TryAddAsync(Meeting("req-0", "1111111111", Nine.AddMinutes(-10)), CancellationToken.None);
        await First.UpdateLiveStateAsync("req-0", MeetingState.Ended, Nine.AddMinutes(40), 0, Nine.AddMinutes(40), CancellationToken.None);

        Assert.Null(await Raw.KeyTimeToLiveAsync(Key("meetings:conversation:msteams:19:c")));
        Assert.Null(await Raw.KeyTimeToLiveAsync(Key("meetings:conference:TrueConf:1111111111")));
        Assert.Equal("req-2", (await First.FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None))?.RequestKey);
        Assert.Equal("req-2", (await First.FindByConferenceIdAsync("TrueConf", "1111111111", CancellationToken.None))?.RequestKey);
    }

    [Fact]
    public async Task A_meeting_whose_record_expired_is_no_longer_found_by_its_pointers()
    {
        await First.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);
        await First.UpdateLiveStateAsync("req-1", MeetingState.Ended, Nine.AddMinutes(20), 0, Nine.AddMinutes(20), CancellationToken.None);

        await Raw.KeyDeleteAsync(Key("meeting:req-1")); // as its expiry would

        Assert.Null(await Second.FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None));
        Assert.Null(await Second.FindByConferenceIdAsync("TrueConf", "1111111111", CancellationToken.None));
    }

    [Fact]
    public async Task A_card_delivered_before_its_meeting_was_stored_is_taken_by_the_meeting()
    {
        await First.SetCardMessageIdAsync("req-1", "card-early", CancellationToken.None);
        Assert.NotNull(await Raw.KeyTimeToLiveAsync(Key("meeting-card:req-1")));
        Assert.Null(await Second.FindByRequestKeyAsync("req-1", CancellationToken.None));

        await Second.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);

        Assert.Equal("card-early", (await First.FindByRequestKeyAsync("req-1", CancellationToken.None))?.CardMessageId);
        Assert.False(await Raw.KeyExistsAsync(Key("meeting-card:req-1")));
    }

    [Fact]
    public async Task A_meeting_stored_with_its_own_card_keeps_it_over_one_delivered_earlier()
    {
        await First.SetCardMessageIdAsync("req-1", "card-early", CancellationToken.None);

        await Second.TryAddAsync(Meeting("req-1", "1111111111", Nine) with { CardMessageId = "card-own" }, CancellationToken.None);

        Assert.Equal("card-own", (await First.FindByRequestKeyAsync("req-1", CancellationToken.None))?.CardMessageId);
    }

    [Fact]
    public async Task Every_operation_is_one_round_trip()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var proxy = new CommandCountingProxy(redis.Port);
        await using var services = StorageServices.BuildRedis(proxy.ConnectionString);
        var store = services.GetRequiredService<IMeetingStore>();
        var n = 0;
        (string Name, Func<Task> Run)[] operations =
        [
            ("TryAddAsync", () => store.TryAddAsync(Meeting($"req-{++n}", $"{n}", Nine.AddMinutes(n)), CancellationToken.None)),
            ("FindByRequestKeyAsync", () => store.FindByRequestKeyAsync("req-1", CancellationToken.None)),
            ("FindLatestInConversationAsync", () => store.FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None)),
            ("FindByConferenceIdAsync", () => store.FindByConferenceIdAsync("TrueConf", "1", CancellationToken.None)),
            ("ListRunningAsync", () => store.ListRunningAsync(CancellationToken.None)),
            ("ListRunningOwnedAsync", () => store.ListRunningOwnedAsync("TrueConf", "alex", 10, CancellationToken.None)),
            ("SetCardMessageIdAsync", () => store.SetCardMessageIdAsync("req-1", "card", CancellationToken.None)),
            ("UpdateLiveStateAsync", () => store.UpdateLiveStateAsync("req-1", MeetingState.Running, null, 2, Nine, CancellationToken.None)),
            ("AddInviteesAsync", () => store.AddInviteesAsync("req-1", ["sam"], ["Sam S"], CancellationToken.None)),
            ("TryMarkOwnerRemindedAsync", () => store.TryMarkOwnerRemindedAsync("req-1", CancellationToken.None)),
        ];
        // The watcher lists thousands of running meetings each look: still one round trip.
        await Task.WhenAll(Enumerable.Range(0, 2_000).Select(i =>
            store.TryAddAsync(Meeting($"bulk-{i}", $"bulk-{i}", Nine.AddDays(-1).AddSeconds(i)), CancellationToken.None)));
        var before = proxy.Commands;
        var running = await store.ListRunningAsync(CancellationToken.None);
        output.WriteLine($"ListRunningAsync of {running.Count} running meetings: {proxy.Commands - before} round trip(s)");
        Assert.Equal(Enumerable.Range(0, 2_000).Select(i => $"bulk-{i}"), running.Take(2_000).Select(m => m.RequestKey));

        var trips = await proxy.RoundTripsAsync(operations, output.WriteLine);

        Assert.All(trips, trip => Assert.Equal(1, trip.Value));
        // Scripts go by their hash once the server has them, not as their whole text every call.
        await using var inspector = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var stats = (string)(await inspector.GetDatabase().ExecuteAsync("INFO", "commandstats"))!;
        output.WriteLine(string.Join('\n', stats.Split('\n').Where(line => line.StartsWith("cmdstat_eval", StringComparison.Ordinal))));
        Assert.Contains("cmdstat_evalsha:", stats);
    }

    [Fact]
    public async Task A_Redis_that_forgot_the_scripts_gets_them_again_in_the_same_call()
    {
        await using var own = await RedisServer.StartAsync(); // flushing the scripts of the shared server would touch other tests
        await using var services = StorageServices.BuildRedis(own);
        await using var inspector = await ConnectionMultiplexer.ConnectAsync(own.ConnectionString);
        var store = services.GetRequiredService<IMeetingStore>();
        await store.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None);
        await store.FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None);

        // As a failed-over or restarted server would: the client only knows the scripts by their hashes now.
        await inspector.GetDatabase().ExecuteAsync("SCRIPT", "FLUSH");

        Assert.True(await store.TryAddAsync(Meeting("req-2", "2222222222", Nine.AddMinutes(5)), CancellationToken.None));
        Assert.Equal("req-2", (await store.FindLatestInConversationAsync("msteams", "19:c", CancellationToken.None))?.RequestKey);
    }

    [Fact]
    public async Task Redis_down_fails_the_operations_instead_of_answering_nothing()
    {
        await using var own = await RedisServer.StartAsync();
        await using var services = StorageServices.BuildRedis(own);
        var store = services.GetRequiredService<IMeetingStore>();
        Assert.True(await store.TryAddAsync(Meeting("req-1", "1111111111", Nine), CancellationToken.None));

        own.Kill();

        AssertRedisFault(await Record.ExceptionAsync(() => store.FindByRequestKeyAsync("req-1", CancellationToken.None)));
        AssertRedisFault(await Record.ExceptionAsync(() => store.TryAddAsync(Meeting("req-2", "2222222222", Nine), CancellationToken.None)));
    }

    private static void AssertRedisFault(Exception? error) =>
        Assert.True(error is RedisException or RedisTimeoutException, $"expected a Redis fault, got {error?.GetType().Name ?? "none"}");

    private static void AssertExpiresAfterRetention(TimeSpan? timeToLive)
    {
        Assert.NotNull(timeToLive);
        Assert.InRange(timeToLive.Value, Retention - TimeSpan.FromMinutes(1), Retention);
    }
}
