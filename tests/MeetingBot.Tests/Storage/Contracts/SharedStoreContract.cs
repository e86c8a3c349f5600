using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>
/// A contract whose tests open the store under test more than once: a restart, or two instances at the same time.
/// Each test gets its own SQLite file or Redis key prefix, and every store it opens is on that data.
/// </summary>
public abstract class SharedStoreContract : StoreContract
{
    /// <summary>Another instance on the data of the store under test (the same file, the same key prefix).</summary>
    protected Task<ServiceProvider> OpenAgainAsync() => TrackAsync(CreateStoreAsync());

    /// <summary>Opens the SQLite file of this test.</summary>
    protected sealed class SqliteFile
    {
        private readonly string _path = StorageServices.NewPath();

        public Task<ServiceProvider> OpenAsync() => Task.FromResult(StorageServices.Build(_path));
    }

    /// <summary>Opens the Redis key prefix of this test on the test run's redis-server.</summary>
    protected sealed class RedisPrefix
    {
        private readonly string _prefix = RedisServer.NewPrefix();

        public async Task<ServiceProvider> OpenAsync() => StorageServices.BuildRedis(await RedisServer.Shared, _prefix);
    }
}
