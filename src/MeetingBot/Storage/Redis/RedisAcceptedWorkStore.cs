using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// Accepted work shared by several instances. Each source's work is an entry of a stream with one consumer group: the
/// accepting instance puts the entry into its own pending list at once (it owns it), renews it while it runs it, and
/// acknowledges and deletes it when done; an entry idle longer than the takeover timeout belonged to an instance that
/// died, and <c>XAUTOCLAIM</c> hands it to another. Keys (under the bot's prefix):
/// <c>accepted:claim:{key}</c> the de-duplication claim (expires after the duplicate window);
/// <c>accepted:work:{key}</c> a hash (source, payload, attempts, stream, entry) until the work is done or abandoned;
/// <c>accepted:stream:{source}</c> the stream, group <c>workers</c>, one consumer per instance; it holds only
/// unfinished work (entries are deleted when done).
/// </summary>
internal sealed class RedisAcceptedWorkStore(RedisConnection redis, RedisDeliveredMarks marks, IOptions<StorageOptions> options) : IAcceptedWorkStore
{
    private const string Group = "workers";

    // KEYS: claim, work, stream. ARGV: source, payload, claim ms, group, consumer, key.
    // A live claim refuses the redelivery; else the work is written down and put into this instance's pending list.
    // Work still written down (its claim expired before it finished) is not queued twice.
    private const string AcceptScript = """
        if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[3]) then
          return 0
        end
        if redis.call('EXISTS', KEYS[2]) == 1 then
          return 1
        end
        local entry = redis.call('XADD', KEYS[3], '*', 'key', ARGV[6])
        -- FORCE puts the new entry straight into this instance's pending list, without reading it back; the group is
        -- made the first time (XCLAIM answers NOGROUP until then). Nothing reads the group with '>'.
        if redis.pcall('XCLAIM', KEYS[3], ARGV[4], ARGV[5], 0, entry, 'FORCE', 'JUSTID').err then
          redis.call('XGROUP', 'CREATE', KEYS[3], ARGV[4], '$', 'MKSTREAM')
          redis.call('XCLAIM', KEYS[3], ARGV[4], ARGV[5], 0, entry, 'FORCE', 'JUSTID')
        end
        redis.call('HSET', KEYS[2], 'source', ARGV[1], 'payload', ARGV[2], 'attempts', 1, 'stream', KEYS[3], 'entry', entry)
        return 1
        """;

    // KEYS[1]: work. ARGV[1]: group. Acknowledges and deletes the work's stream entry, when it has one.
    private const string DropEntry = """
        local where = redis.call('HMGET', KEYS[1], 'stream', 'entry')
        if where[1] then
          redis.call('XACK', where[1], ARGV[1], where[2])
          redis.call('XDEL', where[1], where[2])
        end
        """;

    // KEYS: work, then the claim when it goes too. ARGV: group.
    private const string ForgetScript = DropEntry + "\n" + """
        redis.call('DEL', unpack(KEYS))
        return 1
        """;

    // KEYS: work, the held reply's delivered mark. ARGV: group, the mark's value, its lifetime (ms).
    // The completion of a run that held its last reply's mark back (the first mark of a key stays, as on its own).
    private const string CompleteWithMarkScript = DropEntry + "\n" + """
        redis.call('DEL', KEYS[1])
        redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', ARGV[3])
        return 1
        """;

    // KEYS: stream. ARGV: group, consumer, takeover ms, max attempts, work key prefix.
    // First renews this instance's own pending entries (idle back to 0), then takes those idle past the timeout.
    // Returns flat triples: key, payload (false when abandoned), attempts.
    private const string RenewOwn = """
        local own = redis.call('XPENDING', KEYS[1], ARGV[1], '-', '+', 100000, ARGV[2])
        for first = 1, #own, 500 do
          local ids = {}
          for i = first, math.min(first + 499, #own) do
            ids[#ids + 1] = own[i][1]
          end
          redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, unpack(ids), 'JUSTID')
        end
        """;

    // KEYS: stream. ARGV: group, consumer.
    private const string RenewScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then
          return 0
        end
        """ + "\n" + RenewOwn + "\n" + """
        return 1
        """;

    private const string TakeScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then
          return {}
        end
        """ + "\n" + RenewOwn + "\n" + """
        local taken = {}
        local cursor = '0-0'
        repeat
          local page = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], cursor, 'COUNT', 100)
          cursor = page[1]
          for _, entry in ipairs(page[2]) do
            if entry then
              local key = entry[2][2]
              local work = ARGV[5] .. key
              local payload = redis.call('HGET', work, 'payload')
              if not payload then
                redis.call('XACK', KEYS[1], ARGV[1], entry[1])
                redis.call('XDEL', KEYS[1], entry[1])
              else
                local attempts = redis.call('HINCRBY', work, 'attempts', 1)
                if attempts > tonumber(ARGV[4]) then
                  redis.call('XACK', KEYS[1], ARGV[1], entry[1])
                  redis.call('XDEL', KEYS[1], entry[1])
                  redis.call('DEL', work)
                  payload = false
                end
                taken[#taken + 1] = key
                taken[#taken + 1] = payload
                taken[#taken + 1] = attempts
              end
            end
          end
        until cursor == '0-0'
        return taken
        """;

    private readonly TimeSpan _takeoverAfter = options.Value.Redis.TakeoverAfter;

    /// <summary>A third of the takeover timeout: two renewals may be missed before the work is taken.</summary>
    public TimeSpan? RecheckEvery => _takeoverAfter / 3;

    public async ValueTask<bool> TryAcceptAsync(string key, string source, byte[] payload, TimeSpan claimLifetime, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var accepted = await database.ScriptEvaluateAsync(
            AcceptScript,
            [redis.Key("accepted:claim:" + key), WorkKey(key), StreamKey(source)],
            [source, payload, Math.Max(1, (long)claimLifetime.TotalMilliseconds), Group, redis.InstanceId, key]).ConfigureAwait(false);
        return (long)accepted == 1;
    }

    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(ForgetScript, [WorkKey(key), redis.Key("accepted:claim:" + key)], [Group]).ConfigureAwait(false);
    }

    public Task CompleteAsync(string key, CancellationToken cancellationToken) => CompleteAsync(key, null, cancellationToken);

    /// <summary>Completes the work and writes <paramref name="mark"/> (when there is one) in the same round trip.</summary>
    public async Task CompleteAsync(string key, DeliveredMark? mark, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        if (mark is { } held)
        {
            await database.ScriptEvaluateAsync(
                CompleteWithMarkScript,
                [WorkKey(key), marks.Key(held.ReplyKey)],
                [Group, RedisDeliveredMarks.Value(held), marks.WindowMilliseconds]).ConfigureAwait(false);
        }
        else
        {
            await database.ScriptEvaluateAsync(ForgetScript, [WorkKey(key)], [Group]).ConfigureAwait(false);
        }
    }

    public IAcceptedWorkRun BeginRun(string key) => new RedisAcceptedWorkRun(this, marks, key);

    public async Task RenewOwnAsync(string source, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(RenewScript, [StreamKey(source)], [Group, redis.InstanceId]).ConfigureAwait(false);
    }

    public async Task<(IReadOnlyList<AcceptedWork> Resumed, IReadOnlyList<string> Abandoned)> TakeUnfinishedAsync(
        string source, int maxAttempts, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var taken = (RedisResult[])(await database.ScriptEvaluateAsync(
            TakeScript,
            [StreamKey(source)],
            [Group, redis.InstanceId, (long)_takeoverAfter.TotalMilliseconds, maxAttempts, redis.Key("accepted:work:").ToString()]).ConfigureAwait(false))!;
        var resumed = new List<AcceptedWork>();
        var abandoned = new List<string>();
        for (var i = 0; i < taken.Length; i += 3)
        {
            var key = (string)taken[i]!;
            if (taken[i + 1].IsNull)
            {
                abandoned.Add(key);
            }
            else
            {
                resumed.Add(new AcceptedWork(key, source, (byte[])taken[i + 1]!, (int)taken[i + 2]));
            }
        }

        return (resumed, abandoned);
    }

    private RedisKey WorkKey(string key) => redis.Key("accepted:work:" + key);

    private RedisKey StreamKey(string source) => redis.Key("accepted:stream:" + source);
}
