using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// A hash per sign-in in progress, <c>sign-in:{stateHash}</c>, that Redis deletes when the sign-in expires: only live
/// sign-ins are kept.
/// </summary>
internal sealed class RedisSignInStateStore(RedisConnection redis, TimeProvider clock) : ISignInStateStore
{
    private const string SaveScript = """
        redis.call('HSET', KEYS[1], 'verifier', ARGV[1], 'channel', ARGV[2], 'user', ARGV[3], 'conversation', ARGV[4], 'address', ARGV[5], 'expires_at', ARGV[6])
        redis.call('PEXPIREAT', KEYS[1], ARGV[6])
        """;

    // Read and delete in one script: of two callbacks taking one state at once, the second finds nothing.
    private const string TakeScript = """
        local values = redis.call('HMGET', KEYS[1], 'verifier', 'channel', 'user', 'conversation', 'address', 'expires_at')
        redis.call('DEL', KEYS[1])
        return values
        """;

    private static readonly RedisValue[] Fields = ["verifier", "channel", "user", "conversation", "address", "expires_at"];

    public async Task SaveAsync(PendingSignIn pending, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(SaveScript, [KeyOf(pending.StateHash)],
        [
            pending.CodeVerifier, pending.Channel, pending.ChatUserId, pending.ConversationId, pending.ServiceAddress,
            pending.ExpiresAt.ToUnixTimeMilliseconds(),
        ]).ConfigureAwait(false);
    }

    public async Task<PendingSignIn?> FindAsync(string stateHash, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        return Live(stateHash, await database.HashGetAsync(KeyOf(stateHash), Fields).ConfigureAwait(false));
    }

    public async Task<PendingSignIn?> TakeAsync(string stateHash, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var taken = await database.ScriptEvaluateAsync(TakeScript, [KeyOf(stateHash)]).ConfigureAwait(false);
        return Live(stateHash, (RedisValue[])taken!);
    }

    private RedisKey KeyOf(string stateHash) => redis.Key("sign-in:" + stateHash);

    // Redis expires keys lazily to the millisecond; the clock decides, as with the SQLite store.
    private PendingSignIn? Live(string stateHash, RedisValue[] values)
    {
        if (values[0].IsNull)
        {
            return null;
        }

        var pending = new PendingSignIn(
            stateHash, values[0].ToString(), values[1].ToString(), values[2].ToString(), values[3].ToString(), values[4].ToString(),
            DateTimeOffset.FromUnixTimeMilliseconds((long)values[5]));
        return pending.ExpiresAt > clock.GetUtcNow() ? pending : null;
    }
}
