using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>Starts watched after the user was told they failed: due oldest first, checked later, forgotten.</summary>
public abstract class AbandonedStartStoreContract : StoreContract
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-12-03T09:00:00Z");
    private static readonly TimeSpan WatchFor = TimeSpan.FromMinutes(15);

    private IAbandonedStartStore Starts => Get<IAbandonedStartStore>();

    [Fact]
    public async Task Nothing_watched_is_nothing_due()
    {
        Assert.Empty(await Starts.DueAsync(T0, 10, CancellationToken.None));
        Assert.Null(await Starts.NextDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_watched_start_is_due_at_once_unchecked_and_watched_for_fifteen_minutes()
    {
        await Starts.WatchAsync("req-1", T0, CancellationToken.None);

        Assert.Empty(await Starts.DueAsync(T0.AddMilliseconds(-1), 10, CancellationToken.None));
        Assert.Equal([("req-1", 0, T0 + WatchFor)], await Starts.DueAsync(T0, 10, CancellationToken.None));
        Assert.Equal(T0, await Starts.NextDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Watching_a_start_again_changes_nothing()
    {
        await Starts.WatchAsync("req-1", T0, CancellationToken.None);
        await Starts.CheckLaterAsync("req-1", 1, T0.AddMinutes(1), CancellationToken.None);

        await Starts.WatchAsync("req-1", T0.AddSeconds(30), CancellationToken.None);

        Assert.Empty(await Starts.DueAsync(T0.AddSeconds(59), 10, CancellationToken.None));
        Assert.Equal([("req-1", 1, T0 + WatchFor)], await Starts.DueAsync(T0.AddMinutes(1), 10, CancellationToken.None));
        Assert.Equal(T0.AddMinutes(1), await Starts.NextDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Due_starts_come_soonest_first_up_to_the_limit()
    {
        await Starts.WatchAsync("late", T0.AddMinutes(2), CancellationToken.None);
        await Starts.WatchAsync("early", T0, CancellationToken.None);
        await Starts.WatchAsync("middle", T0.AddMinutes(1), CancellationToken.None);
        await Starts.WatchAsync("not-yet", T0.AddMinutes(10), CancellationToken.None);

        var two = await Starts.DueAsync(T0.AddMinutes(5), 2, CancellationToken.None);
        var all = await Starts.DueAsync(T0.AddMinutes(5), 10, CancellationToken.None);

        Assert.Equal(["early", "middle"], two.Select(due => due.RequestKey));
        Assert.Equal(["early", "middle", "late"], all.Select(due => due.RequestKey));
        Assert.Equal(T0, await Starts.NextDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Checking_later_counts_the_check_and_moves_the_start_back_in_line()
    {
        await Starts.WatchAsync("a", T0, CancellationToken.None);
        await Starts.WatchAsync("b", T0.AddSeconds(1), CancellationToken.None);

        await Starts.CheckLaterAsync("a", 1, T0.AddSeconds(15), CancellationToken.None);

        Assert.Equal([("b", 0, T0.AddSeconds(1) + WatchFor)], await Starts.DueAsync(T0.AddSeconds(14), 10, CancellationToken.None));
        Assert.Equal(["b", "a"], (await Starts.DueAsync(T0.AddSeconds(15), 10, CancellationToken.None)).Select(due => due.RequestKey));
        Assert.Equal(1, (await Starts.DueAsync(T0.AddSeconds(15), 10, CancellationToken.None)).Single(due => due.RequestKey == "a").Checks);
        Assert.Equal(T0.AddSeconds(1), await Starts.NextDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_forgotten_start_is_gone_and_a_late_check_does_not_bring_it_back()
    {
        await Starts.WatchAsync("a", T0, CancellationToken.None);
        await Starts.WatchAsync("b", T0.AddMinutes(1), CancellationToken.None);

        await Starts.ForgetAsync("a", CancellationToken.None);
        await Starts.CheckLaterAsync("a", 1, T0.AddSeconds(15), CancellationToken.None);

        Assert.Equal(["b"], (await Starts.DueAsync(T0.AddHours(1), 10, CancellationToken.None)).Select(due => due.RequestKey));
        Assert.Equal(T0.AddMinutes(1), await Starts.NextDueAsync(CancellationToken.None));

        await Starts.ForgetAsync("b", CancellationToken.None);
        Assert.Empty(await Starts.DueAsync(T0.AddHours(1), 10, CancellationToken.None));
        Assert.Null(await Starts.NextDueAsync(CancellationToken.None));
    }
}

public sealed class SqliteAbandonedStartStoreContractTests : AbandonedStartStoreContract
{
    protected override Task<ServiceProvider> CreateStoreAsync() => NewSqliteStoreAsync();
}

public sealed class RedisAbandonedStartStoreContractTests : AbandonedStartStoreContract
{
    protected override Task<ServiceProvider> CreateStoreAsync() => NewRedisStoreAsync();
}
