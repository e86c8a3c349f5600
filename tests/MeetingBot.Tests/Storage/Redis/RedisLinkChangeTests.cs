using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.Tests.Meetings;
using MeetingBot.Tests.Storage.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>
/// A link made on one instance is used by the next command on another at once: the link store tells every instance
/// sharing the Redis, and their resolvers drop the identity they cached.
/// </summary>
public sealed class RedisLinkChangeTests : IAsyncLifetime
{
    private readonly List<ServiceProvider> _instances = [];
    private readonly PeopleMapping.CountingDirectory _directory = new();
    private string _prefix = null!;
    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.Shared;
        _prefix = RedisServer.NewPrefix();
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_link_set_on_one_instance_is_told_to_the_other()
    {
        var first = Instance();
        var second = Instance();
        var heard = new List<(string, string)>();
        var secondLinks = second.GetRequiredService<IUserLinkStore>();
        second.GetRequiredService<IUserLinkChanges>().LinkSet += (channel, chatUserId) =>
        {
            lock (heard)
            {
                heard.Add((channel, chatUserId));
            }
        };
        // The second instance listens from its first use of the store on.
        Assert.Null(await secondLinks.FindAsync("msteams", "29:alex", CancellationToken.None));

        await first.GetRequiredService<IUserLinkStore>().SetAsync("msteams", "29:alex", new UserLink("alex", LinkProvenance.SignedIn), CancellationToken.None);

        await Poll.UntilAsync(() =>
        {
            lock (heard)
            {
                return heard.Contains(("msteams", "29:alex"));
            }
        }, "the second instance was never told of the link");
    }

    [Fact]
    public async Task An_identity_cached_on_one_instance_gives_way_to_a_link_made_on_another_at_once()
    {
        var first = Instance();
        var second = Instance();
        var resolver = second.GetRequiredService<ParticipantResolver>();
        var chat = PeopleMapping.AlexChat();

        Assert.Equal("alex.by-email", await resolver.ResolvedSenderIdAsync(chat));
        Assert.Equal("alex.by-email", await resolver.ResolvedSenderIdAsync(chat));
        Assert.Equal(1, _directory.EmailLookups); // the second answer came from the cache

        await first.GetRequiredService<IUserLinkStore>().SetAsync("msteams", "29:alex", new UserLink("alex.signed-in", LinkProvenance.SignedIn), CancellationToken.None);

        await Poll.UntilAsync(async () => await resolver.ResolvedSenderIdAsync(chat) == "alex.signed-in", "the second instance kept the identity it had cached");
    }

    [Fact]
    public async Task When_the_connection_comes_back_listeners_are_told_notices_may_have_been_missed()
    {
        await using var own = await RedisServer.StartAsync();
        await using var instance = StorageServices.BuildRedis(own);
        var missed = 0;
        instance.GetRequiredService<IUserLinkChanges>().NoticesMissed += () => Interlocked.Increment(ref missed);
        await instance.GetRequiredService<IUserLinkStore>().FindAsync("msteams", "29:alex", CancellationToken.None);

        await own.RestartAsync();

        await Poll.UntilAsync(() => Volatile.Read(ref missed) > 0, "the restored connection was never told");
    }

    private ServiceProvider Instance()
    {
        var instance = PeopleMapping.Build(new()
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis:ConnectionString"] = _redis.ConnectionString,
            ["Storage:Redis:KeyPrefix"] = _prefix,
        }, _directory);
        _instances.Add(instance);
        return instance;
    }
}
