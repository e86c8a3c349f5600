using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>
/// The base of a storage contract suite: each suite is an abstract class of tests written against the store
/// interfaces, run once per provider by two small subclasses (<c>Sqlite…</c> and <c>Redis…</c>).
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private readonly List<ServiceProvider> _stores = [];

    /// <summary>The store under test (the first one made).</summary>
    protected ServiceProvider Services { get; private set; } = null!;

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract Task<ServiceProvider> CreateStoreAsync();

    protected T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync() => Services = await TrackAsync(CreateStoreAsync());

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    protected async Task<ServiceProvider> TrackAsync(Task<ServiceProvider> creating)
    {
        var store = await creating;
        _stores.Add(store);
        return store;
    }

    /// <summary>Makes the embedded store: a new SQLite file.</summary>
    protected static Task<ServiceProvider> NewSqliteStoreAsync() => Task.FromResult(StorageServices.Build(StorageServices.NewPath()));

    /// <summary>Makes the shared store: a key prefix of its own on the test run's redis-server.</summary>
    protected static async Task<ServiceProvider> NewRedisStoreAsync() => StorageServices.BuildRedis(await RedisServer.Shared);
}
