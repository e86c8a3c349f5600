namespace MeetingBot.Storage.Redis;

/// <summary>A string per secret, <c>bot-secret:{name}</c>, never expiring: as many as the names the code uses.</summary>
internal sealed class RedisBotSecretStore(RedisConnection redis) : IBotSecretStore
{
    // One script: of two instances adding at once, the second's SET NX does nothing and both read the first value.
    private const string GetOrAddScript = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX')
        return redis.call('GET', KEYS[1])
        """;

    public async Task<string> GetOrAddAsync(string name, string candidate, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var stored = await database.ScriptEvaluateAsync(GetOrAddScript, [redis.Key("bot-secret:" + name)], [candidate]).ConfigureAwait(false);
        return (string)stored!;
    }
}
