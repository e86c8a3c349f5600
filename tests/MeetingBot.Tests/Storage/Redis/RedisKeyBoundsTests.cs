using MeetingBot.Storage;
using MeetingBot.Storage.Redis;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>
/// The keys the link, channel-state, secret, sign-in and abandoned-start stores write, and what bounds each: a TTL where
/// the data expires, removal where it is forgotten.
/// </summary>
public sealed class RedisKeyBoundsTests : IAsyncLifetime
{
    private ServiceProvider _store = null!;
    private string _prefix = null!;

    public async Task InitializeAsync()
    {
        _prefix = RedisServer.NewPrefix();
        _store = StorageServices.BuildRedis(await RedisServer.Shared, _prefix);
    }

    public Task DisposeAsync() => _store.DisposeAsync().AsTask();

    private T Get<T>() where T : notnull => _store.GetRequiredService<T>();

    [Fact]
    public async Task Every_key_is_under_the_prefix_and_only_expiring_data_has_a_ttl()
    {
        var now = DateTimeOffset.UtcNow;
        await Get<IUserLinkStore>().SetAsync("msteams", "29:alex", new UserLink("alex", LinkProvenance.SignedIn), CancellationToken.None);
        await Get<IBotSecretStore>().GetOrAddAsync("page-key", "secret", CancellationToken.None);
        await Get<IChannelStateStore>().SetAsync("slack-call:m1", "R1", CancellationToken.None);
        await Get<ISignInStateStore>().SaveAsync(new PendingSignIn("hash", "verifier", "msteams", "29:alex", "19:c", "https://smba.example/", now.AddMinutes(10)), CancellationToken.None);
        await Get<IAbandonedStartStore>().WatchAsync("req-1", now, CancellationToken.None);

        var ttls = await TtlsAsync();

        Assert.Equal(
            new[] { "abandoned-starts", "abandoned-starts:due", "bot-secret:page-key", "channel-state:slack-call:m1", "link:msteams:29:alex", "sign-in:hash" },
            ttls.Keys.Order(StringComparer.Ordinal));
        Assert.Null(ttls["link:msteams:29:alex"]);
        Assert.Null(ttls["bot-secret:page-key"]);
        Assert.Null(ttls["abandoned-starts"]);
        Assert.Null(ttls["abandoned-starts:due"]);
        Assert.InRange(ttls["sign-in:hash"]!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.InRange(ttls["channel-state:slack-call:m1"]!.Value, TimeSpan.FromDays(29.9), TimeSpan.FromDays(30));
    }

    [Fact]
    public async Task Taken_sign_ins_and_forgotten_starts_leave_no_key_behind()
    {
        var now = DateTimeOffset.UtcNow;
        var starts = Get<IAbandonedStartStore>();
        await Get<ISignInStateStore>().SaveAsync(new PendingSignIn("hash", "verifier", "msteams", "29:alex", "19:c", "https://smba.example/", now.AddMinutes(10)), CancellationToken.None);
        await starts.WatchAsync("req-1", now, CancellationToken.None);
        await starts.WatchAsync("req-2", now, CancellationToken.None);
        await starts.CheckLaterAsync("req-2", 1, now.AddSeconds(15), CancellationToken.None);

        await Get<ISignInStateStore>().TakeAsync("hash", CancellationToken.None);
        await starts.ForgetAsync("req-1", CancellationToken.None);
        await starts.ForgetAsync("req-2", CancellationToken.None);

        Assert.Empty(await TtlsAsync());
    }

    [Fact]
    public async Task Redis_down_fails_the_stores_instead_of_answering_from_memory()
    {
        await using var own = await RedisServer.StartAsync();
        await using var store = StorageServices.BuildRedis(own);
        var links = store.GetRequiredService<IUserLinkStore>();
        Assert.Null(await links.FindAsync("msteams", "29:alex", CancellationToken.None));

        own.Kill();

        // At once: each waits for the client to give up on reconnecting.
        await Task.WhenAll(
            Assert.ThrowsAnyAsync<RedisException>(() => links.FindAsync("msteams", "29:alex", CancellationToken.None)),
            Assert.ThrowsAnyAsync<RedisException>(() => links.SetAsync("msteams", "29:alex", new UserLink("alex", LinkProvenance.Admin), CancellationToken.None)),
            Assert.ThrowsAnyAsync<RedisException>(() => store.GetRequiredService<IBotSecretStore>().GetOrAddAsync("k", "v", CancellationToken.None)),
            Assert.ThrowsAnyAsync<RedisException>(() => store.GetRequiredService<IChannelStateStore>().GetAsync("k", CancellationToken.None)),
            Assert.ThrowsAnyAsync<RedisException>(() => store.GetRequiredService<ISignInStateStore>().TakeAsync("h", CancellationToken.None)),
            Assert.ThrowsAnyAsync<RedisException>(() => store.GetRequiredService<IAbandonedStartStore>().DueAsync(DateTimeOffset.UtcNow, 10, CancellationToken.None)));
    }

    /// <summary>Every key of this test's prefix (without it) with its time to live, null when it has none.</summary>
    private async Task<Dictionary<string, TimeSpan?>> TtlsAsync()
    {
        var redis = _store.GetRequiredService<RedisConnection>();
        var database = await redis.DatabaseAsync();
        // KEYS through a script: the client refuses the command itself outside admin mode.
        var keys = (RedisKey[])(await database.ScriptEvaluateAsync("return redis.call('KEYS', ARGV[1])", values: ["{" + _prefix + "}:*"]))!;
        var ttls = new Dictionary<string, TimeSpan?>();
        foreach (var key in keys)
        {
            ttls[key.ToString()[(_prefix.Length + 3)..]] = await database.KeyTimeToLiveAsync(key);
        }

        return ttls;
    }
}
