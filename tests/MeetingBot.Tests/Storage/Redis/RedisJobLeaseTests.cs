using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>Two instances (two service providers) on one real redis-server, one key prefix.</summary>
public sealed class RedisJobLeaseTests : IAsyncLifetime
{
    private ServiceProvider _first = null!;
    private ServiceProvider _second = null!;

    public async Task InitializeAsync()
    {
        var redis = await RedisServer.Shared;
        var prefix = RedisServer.NewPrefix();
        _first = StorageServices.BuildRedis(redis, prefix);
        _second = StorageServices.BuildRedis(redis, prefix);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    private IJobLeases First => _first.GetRequiredService<IJobLeases>();

    private IJobLeases Second => _second.GetRequiredService<IJobLeases>();

    [Fact]
    public async Task One_instance_holds_a_job_and_keeps_it_while_it_renews()
    {
        Assert.True(await First.TryHoldAsync("watcher", TimeSpan.FromSeconds(30), default));
        Assert.False(await Second.TryHoldAsync("watcher", TimeSpan.FromSeconds(30), default));
        Assert.True(await First.TryHoldAsync("watcher", TimeSpan.FromSeconds(30), default));
        Assert.False(await Second.TryHoldAsync("watcher", TimeSpan.FromSeconds(30), default));
    }

    [Fact]
    public async Task Different_jobs_are_held_apart()
    {
        Assert.True(await First.TryHoldAsync("watcher", TimeSpan.FromSeconds(30), default));
        Assert.True(await Second.TryHoldAsync("sweeper", TimeSpan.FromSeconds(30), default));
    }

    [Fact]
    public async Task A_lease_its_holder_stops_renewing_moves_to_another_instance()
    {
        Assert.True(await First.TryHoldAsync("watcher", TimeSpan.FromMilliseconds(200), default));
        Assert.False(await Second.TryHoldAsync("watcher", TimeSpan.FromSeconds(30), default));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await Second.TryHoldAsync("watcher", TimeSpan.FromSeconds(30), default))
        {
            Assert.True(DateTime.UtcNow < deadline, "the lapsed lease was never taken over");
            await Task.Delay(50);
        }

        Assert.False(await First.TryHoldAsync("watcher", TimeSpan.FromSeconds(30), default));
    }

    [Fact]
    public async Task Redis_down_fails_the_lease_instead_of_granting_it()
    {
        await using var own = await RedisServer.StartAsync();
        await using var store = StorageServices.BuildRedis(own);
        var leases = store.GetRequiredService<IJobLeases>();
        Assert.True(await leases.TryHoldAsync("watcher", TimeSpan.FromSeconds(30), default));

        own.Kill();

        await Assert.ThrowsAnyAsync<Exception>(() => leases.TryHoldAsync("watcher", TimeSpan.FromSeconds(30), default));
    }
}
