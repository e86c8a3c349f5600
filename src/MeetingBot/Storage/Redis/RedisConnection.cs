using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// The process's one connection to the shared Redis (the client multiplexes every caller over it and reconnects on its
/// own), with the names of the bot's keys and channels. Opened at the first use; a Redis that is down does not stop
/// the start-up — commands fail (and the readiness check says so) until it is back.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;
    private readonly string _prefix;

    public RedisConnection(IOptions<StorageOptions> options)
    {
        var redis = options.Value.Redis;
        _prefix = "{" + redis.KeyPrefix + "}:";
        var configuration = ConfigurationOptions.Parse(redis.ConnectionString!);
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "MeetingBot";
        // A chat channel waits 3 s (Slack) for the answer: a Redis that does not answer must fail the request (503, the
        // channel retries) well within that — also a command waiting in the client's backlog for a reconnection.
        if (!redis.ConnectionString!.Contains("asyncTimeout", StringComparison.OrdinalIgnoreCase))
        {
            configuration.AsyncTimeout = 1_500;
        }

        if (!redis.ConnectionString.Contains("syncTimeout", StringComparison.OrdinalIgnoreCase))
        {
            configuration.SyncTimeout = 1_500;
        }

        // host:port, not DnsEndPoint.ToString()'s "Unspecified/host:port".
        Endpoint = string.Join(",", configuration.EndPoints.Select(endpoint => EndPointCollection.ToString(endpoint)));
        _multiplexer = new(() => ConnectionMultiplexer.ConnectAsync(configuration));
    }

    /// <summary>Where Redis is (host:port, never the password), for messages.</summary>
    public string Endpoint { get; }

    /// <summary>Tells this process apart from the other instances (lease holder, stream consumer).</summary>
    public string InstanceId { get; } = Environment.MachineName + ":" + Environment.ProcessId + ":" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The key <paramref name="name"/> of this bot (all in one hash slot).</summary>
    public RedisKey Key(string name) => _prefix + name;

    /// <summary>The pub/sub channel <paramref name="name"/> of this bot.</summary>
    public RedisChannel Channel(string name) => RedisChannel.Literal(_prefix + name);

    public async ValueTask<IDatabase> DatabaseAsync() => (await _multiplexer.Value.ConfigureAwait(false)).GetDatabase();

    public async ValueTask<ISubscriber> SubscriberAsync() => (await _multiplexer.Value.ConfigureAwait(false)).GetSubscriber();

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
        {
            await (await _multiplexer.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        }
    }
}
