using System.Text;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.Tests.Storage.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>
/// What <see cref="IAcceptedWorkStore"/> promises on either provider. "Another instance" is a second service provider
/// on the same data: for SQLite the next run of the process, for Redis another instance after the first one stopped.
/// </summary>
public abstract class AcceptedWorkStoreContract : StoreContract
{
    private IAcceptedWorkStore Work => Get<IAcceptedWorkStore>();

    /// <summary>The instance that starts once this one stopped and its claims (if any) lapsed.</summary>
    protected abstract Task<ServiceProvider> NextInstanceAsync();

    [Fact]
    public async Task Concurrent_claims_are_each_granted_once_and_repeats_are_refused()
    {
        var keys = Enumerable.Range(0, 300).Select(i => $"activity:{i}").ToArray();

        var first = await Task.WhenAll(keys.Select(key => Work.TryAcceptAsync(key, "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None).AsTask()));
        var again = await Task.WhenAll(keys.Select(key => Work.TryAcceptAsync(key, "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None).AsTask()));

        Assert.All(first, Assert.True);
        Assert.All(again, Assert.False);
    }

    [Fact]
    public async Task An_expired_claim_can_be_taken_again()
    {
        Assert.True(await Work.TryAcceptAsync("k", "test", "{}"u8.ToArray(), TimeSpan.FromMilliseconds(1), CancellationToken.None));
        await Task.Delay(20);

        Assert.True(await Work.TryAcceptAsync("k", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.False(await Work.TryAcceptAsync("k", "test", "{}"u8.ToArray(), TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task Released_work_can_be_accepted_again_but_completed_work_stays_claimed()
    {
        await Work.TryAcceptAsync("released", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await Work.TryAcceptAsync("completed", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);

        await Work.ReleaseAsync("released", CancellationToken.None);
        await Work.CompleteAsync("completed", CancellationToken.None);

        Assert.True(await Work.TryAcceptAsync("released", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.False(await Work.TryAcceptAsync("completed", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task A_completed_run_leaves_its_delivered_replies_found_and_its_work_done()
    {
        var outbox = Get<IOutboxStore>();
        await Work.TryAcceptAsync("run", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);

        await using (var run = Work.BeginRun("run"))
        {
            await outbox.RecordDeliveredAsync("run#1", "m1", CancellationToken.None);
            await outbox.RecordDeliveredAsync("run#2", "m2", CancellationToken.None);
            await run.CompleteAsync(CancellationToken.None);
        }

        Assert.Equal("m1", (await outbox.FindDeliveredAsync("run#1", CancellationToken.None))?.MessageId);
        Assert.Equal("m2", (await outbox.FindDeliveredAsync("run#2", CancellationToken.None))?.MessageId);
        Assert.Empty((await (await NextInstanceAsync()).GetRequiredService<IAcceptedWorkStore>().TakeUnfinishedAsync("botframework", 3, CancellationToken.None)).Resumed);
    }

    [Fact]
    public async Task A_run_cut_off_before_its_completion_still_leaves_its_delivered_reply_found()
    {
        var outbox = Get<IOutboxStore>();
        await Work.TryAcceptAsync("cut", "botframework", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);

        await using (Work.BeginRun("cut"))
        {
            await outbox.RecordDeliveredAsync("cut#1", "m1", CancellationToken.None);
        }

        // The repeat of the work finds the reply sent, so it does not send it again.
        Assert.Equal("m1", (await outbox.FindDeliveredAsync("cut#1", CancellationToken.None))?.MessageId);
        Assert.Equal("cut", Assert.Single((await (await NextInstanceAsync()).GetRequiredService<IAcceptedWorkStore>().TakeUnfinishedAsync("botframework", 3, CancellationToken.None)).Resumed).Key);
    }

    [Fact]
    public async Task Work_an_instance_accepted_is_its_own_and_not_taken_for_unfinished()
    {
        await Work.TryAcceptAsync("own", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);

        var taken = await Work.TakeUnfinishedAsync("slack", 3, CancellationToken.None);

        Assert.Empty(taken.Resumed);
        Assert.Empty(taken.Abandoned);
    }

    [Fact]
    public async Task Unfinished_work_of_a_stopped_instance_is_resumed_counting_its_attempts_and_dropped_after_the_last()
    {
        await Work.TryAcceptAsync("a", "botframework", "{\"id\":\"a\"}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await Work.TryAcceptAsync("b", "botframework", "{\"id\":\"b\"}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await Work.TryAcceptAsync("c", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await Work.CompleteAsync("b", CancellationToken.None);

        var secondInstance = (await NextInstanceAsync()).GetRequiredService<IAcceptedWorkStore>();
        var second = await secondInstance.TakeUnfinishedAsync("botframework", 3, CancellationToken.None);
        var secondAgain = await secondInstance.TakeUnfinishedAsync("botframework", 3, CancellationToken.None);
        var third = await (await NextInstanceAsync()).GetRequiredService<IAcceptedWorkStore>().TakeUnfinishedAsync("botframework", 3, CancellationToken.None);
        var fourth = await (await NextInstanceAsync()).GetRequiredService<IAcceptedWorkStore>().TakeUnfinishedAsync("botframework", 3, CancellationToken.None);
        var after = await (await NextInstanceAsync()).GetRequiredService<IAcceptedWorkStore>().TakeUnfinishedAsync("botframework", 3, CancellationToken.None);

        var resumed = Assert.Single(second.Resumed);
        Assert.Equal(("a", "botframework", "{\"id\":\"a\"}", 2), (resumed.Key, resumed.Source, Encoding.UTF8.GetString(resumed.Payload), resumed.Attempts));
        Assert.Empty(secondAgain.Resumed); // taken over, it is the second instance's own
        Assert.Equal(3, Assert.Single(third.Resumed).Attempts);
        Assert.Empty(fourth.Resumed);
        Assert.Equal(["a"], fourth.Abandoned);
        Assert.Empty(after.Resumed);
        Assert.Empty(after.Abandoned);
    }

    [Fact]
    public async Task The_next_instance_takes_what_the_stopped_one_left_but_not_what_it_accepts_itself()
    {
        await Work.TryAcceptAsync("earlier", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        var next = (await NextInstanceAsync()).GetRequiredService<IAcceptedWorkStore>();
        await next.TryAcceptAsync("own", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);

        var taken = await next.TakeUnfinishedAsync("slack", 3, CancellationToken.None);
        var afterIt = await (await NextInstanceAsync()).GetRequiredService<IAcceptedWorkStore>().TakeUnfinishedAsync("slack", 3, CancellationToken.None);

        Assert.Equal(["earlier"], taken.Resumed.Select(work => work.Key));
        // The one taken is on its third attempt now; the own one was never counted as resumed.
        Assert.Equal([("earlier", 3), ("own", 2)], afterIt.Resumed.Select(work => (work.Key, work.Attempts)).OrderBy(pair => pair.Key));
    }

    [Fact]
    public async Task Completed_work_is_not_resumed_by_the_next_instance()
    {
        await Work.TryAcceptAsync("done", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await Work.TryAcceptAsync("released", "slack", "{}"u8.ToArray(), TimeSpan.FromMinutes(5), CancellationToken.None);
        await Work.CompleteAsync("done", CancellationToken.None);
        await Work.ReleaseAsync("released", CancellationToken.None);

        var taken = await (await NextInstanceAsync()).GetRequiredService<IAcceptedWorkStore>().TakeUnfinishedAsync("slack", 3, CancellationToken.None);

        Assert.Empty(taken.Resumed);
        Assert.Empty(taken.Abandoned);
    }
}

public sealed class SqliteAcceptedWorkStoreContractTests : AcceptedWorkStoreContract
{
    private readonly string _path = StorageServices.NewPath();

    protected override Task<ServiceProvider> CreateStoreAsync() => Task.FromResult(StorageServices.Build(_path));

    protected override async Task<ServiceProvider> NextInstanceAsync()
    {
        // The next run starts later than the last one accepted anything.
        await Task.Delay(5);
        return await TrackAsync(CreateStoreAsync());
    }
}

public sealed class RedisAcceptedWorkStoreContractTests : AcceptedWorkStoreContract
{
    private readonly string _prefix = RedisServer.NewPrefix();

    protected override async Task<ServiceProvider> CreateStoreAsync() => RedisInstances.Build(await RedisServer.Shared, _prefix);

    protected override async Task<ServiceProvider> NextInstanceAsync()
    {
        await RedisInstances.WaitForTakeoverAsync();
        return await TrackAsync(CreateStoreAsync());
    }
}
