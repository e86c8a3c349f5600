using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// A hash per chat account, <c>link:{channel}:{chatUserId}</c> (user, provenance, updated_at): as many as the accounts
/// that linked, like the SQLite table; the account's chosen language is the hash's <c>language</c> field (a hash with
/// only that field is an account with a language and no link). Setting either also publishes the account on the
/// <c>links</c> channel, in the same script, so that every instance sharing the prefix hears of it.
/// </summary>
internal sealed class RedisUserLinkStore(RedisConnection redis, TimeProvider clock) : IUserLinkStore, IUserLanguageStore, IUserLinkChanges
{
    private const string SetScript = """
        redis.call('HSET', KEYS[1], 'user', ARGV[1], 'provenance', ARGV[2], 'updated_at', ARGV[3])
        redis.call('PUBLISH', ARGV[4], ARGV[5])
        """;

    private const string SetLanguageScript = """
        redis.call('HSET', KEYS[1], 'language', ARGV[1], 'language_updated_at', ARGV[2])
        redis.call('PUBLISH', ARGV[3], ARGV[4])
        """;

    // Channel names never hold a line break; chat user ids may hold anything else (Teams ids hold ':').
    private const char Separator = '\n';

    private readonly Lock _gate = new();
    private Task? _listening;

    public event Action<string, string>? LinkSet;

    public event Action? NoticesMissed;

    public async Task<UserLink?> FindAsync(string channel, string chatUserId, CancellationToken cancellationToken)
    {
        // Whatever a caller derives from this answer is then sure to be told about later changes.
        await ListenAsync().ConfigureAwait(false);
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var values = await database.HashGetAsync(KeyOf(channel, chatUserId), ["user", "provenance"]).ConfigureAwait(false);
        if (values[0].IsNull)
        {
            return null;
        }

        // An unknown provenance (written by a newer release) is treated as the weakest: not trusted.
        var provenance = Enum.TryParse<LinkProvenance>(values[1].ToString(), out var parsed) ? parsed : LinkProvenance.Claimed;
        return new UserLink(values[0].ToString(), provenance);
    }

    public async Task SetAsync(string channel, string chatUserId, UserLink link, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(SetScript, [KeyOf(channel, chatUserId)],
        [
            link.ConferenceUserId, link.Provenance.ToString(), clock.GetUtcNow().ToUnixTimeMilliseconds(),
            redis.Channel("links").ToString(), channel + Separator + chatUserId,
        ]).ConfigureAwait(false);
        // This instance's own listeners are told now, not when the published notice comes back.
        LinkSet?.Invoke(channel, chatUserId);
    }

    public async Task<string?> FindLanguageAsync(string channel, string chatUserId, CancellationToken cancellationToken)
    {
        await ListenAsync().ConfigureAwait(false);
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var language = await database.HashGetAsync(KeyOf(channel, chatUserId), "language").ConfigureAwait(false);
        return language.IsNull ? null : language.ToString();
    }

    public async Task SetLanguageAsync(string channel, string chatUserId, string languageCode, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(SetLanguageScript, [KeyOf(channel, chatUserId)],
        [
            languageCode, clock.GetUtcNow().ToUnixTimeMilliseconds(), redis.Channel("links").ToString(), channel + Separator + chatUserId,
        ]).ConfigureAwait(false);
        LinkSet?.Invoke(channel, chatUserId);
    }

    private RedisKey KeyOf(string channel, string chatUserId) => redis.Key("link:" + channel + ":" + chatUserId);

    /// <summary>Subscribes once; a failed subscription (Redis down) fails its caller and is tried again by the next.</summary>
    private Task ListenAsync()
    {
        lock (_gate)
        {
            if (_listening is null || _listening.IsFaulted || _listening.IsCanceled)
            {
                _listening = SubscribeAsync();
            }

            return _listening;
        }
    }

    private async Task SubscribeAsync()
    {
        var subscriber = await redis.SubscriberAsync().ConfigureAwait(false);
        await subscriber.SubscribeAsync(redis.Channel("links"), (_, notice) => Heard(notice)).ConfigureAwait(false);
        // Pub/sub delivers at most once: what was published while the connection was down is lost.
        subscriber.Multiplexer.ConnectionRestored += (_, _) => NoticesMissed?.Invoke();
    }

    private void Heard(RedisValue notice)
    {
        var text = notice.ToString();
        var separator = text.IndexOf(Separator, StringComparison.Ordinal);
        if (separator > 0)
        {
            LinkSet?.Invoke(text[..separator], text[(separator + 1)..]);
        }
    }
}
