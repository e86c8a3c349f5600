using MeetingBot.Meetings;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// The reply outbox shared by several instances, each running a deliverer. A due message is claimed by the instance
/// that lists it (its score moves to the claim's end), so no two instances send it at once; a claim its instance
/// neither finishes nor retries lapses after the takeover timeout and the message is due for the others again.
/// Keys (under the bot's prefix):
/// <c>outbox:seq</c> the sequence counter;
/// <c>outbox:message:{seq}</c> a waiting message's hash, deleted when it is delivered or given up;
/// <c>outbox:conversation:{conversation}</c> a conversation's waiting sequences, oldest first;
/// <c>outbox:heads</c> each waiting conversation's oldest message, scored by when it is due (or its claim lapses);
/// <c>outbox:waiting</c> the conversations with messages waiting;
/// <c>outbox:added:{reply key}</c> the reply was written down: kept while it waits and the duplicate window after;
/// <c>outbox:delivered:{reply key}</c> its message id ("" for none), for the duplicate window.
/// </summary>
internal sealed class RedisOutboxStore(
    RedisConnection redis, RedisDeliveredMarks marks, IOptions<StorageOptions> storage, IOptionsMonitor<MeetingBotOptions> options) : IOutboxStore
{
    // Removes a finished message and moves its conversation's head on. Expects: seq, message (its hash key), replyKey,
    // conversation; KEYS[1..3] heads, waiting, seq counter; ARGV[1] the key prefix; ARGV[2] the duplicate window (ms).
    private const string FinishFunction = """
        local function finish(seq, message, replyKey, conversation)
          local prefix = ARGV[1]
          local queue = prefix .. 'outbox:conversation:' .. conversation
          redis.call('DEL', message)
          redis.call('PEXPIRE', prefix .. 'outbox:added:' .. replyKey, ARGV[2])
          redis.call('ZREM', queue, seq)
          redis.call('ZREM', KEYS[1], seq)
          local next = redis.call('ZRANGE', queue, 0, 0)[1]
          if next then
            redis.call('ZADD', KEYS[1], redis.call('HGET', prefix .. 'outbox:message:' .. next, 'due'), next)
          else
            redis.call('SREM', KEYS[2], conversation)
          end
        end
        """;

    // KEYS: heads, waiting, seq counter, added. ARGV: prefix, window, key, source, conversation, target, body,
    // meeting ("" for none), created, attempts, due.
    private const string AddScript = """
        if redis.call('EXISTS', KEYS[4]) == 1 then
          return 0
        end
        local seq = redis.call('INCR', KEYS[3])
        local prefix = ARGV[1]
        local queue = prefix .. 'outbox:conversation:' .. ARGV[5]
        redis.call('SET', KEYS[4], seq)
        redis.call('HSET', prefix .. 'outbox:message:' .. seq, 'key', ARGV[3], 'source', ARGV[4], 'conversation', ARGV[5],
          'target', ARGV[6], 'body', ARGV[7], 'meeting', ARGV[8], 'created', ARGV[9], 'attempts', ARGV[10], 'due', ARGV[11])
        redis.call('ZADD', queue, seq, seq)
        if redis.call('ZCARD', queue) == 1 then
          redis.call('ZADD', KEYS[1], ARGV[11], seq)
          redis.call('SADD', KEYS[2], ARGV[5])
        end
        return seq
        """;

    // KEYS: heads, waiting, seq counter. ARGV: prefix, window, seq, message id (false: none), delivered marker prefix.
    private const string DeliveredScript = FinishFunction + "\n" + """
        local message = ARGV[1] .. 'outbox:message:' .. ARGV[3]
        local found = redis.call('HMGET', message, 'key', 'conversation')
        if not found[1] then
          return 0
        end
        redis.call('SET', ARGV[1] .. 'outbox:delivered:' .. found[1], ARGV[4], 'PX', ARGV[2])
        finish(ARGV[3], message, found[1], found[2])
        return 1
        """;

    // KEYS: heads, waiting, seq counter. ARGV: prefix, window, seq.
    private const string GiveUpScript = FinishFunction + "\n" + """
        local message = ARGV[1] .. 'outbox:message:' .. ARGV[3]
        local found = redis.call('HMGET', message, 'key', 'conversation')
        if not found[1] then
          return 0
        end
        finish(ARGV[3], message, found[1], found[2])
        return 1
        """;

    // KEYS: heads. ARGV: message key, seq, attempts, next attempt (ms), instance.
    // Only the claimer lets it wait: a message another instance took over is that one's now.
    private const string RetryLaterScript = """
        if redis.call('EXISTS', ARGV[1]) == 0 then
          return 0
        end
        local claimer = redis.call('HGET', ARGV[1], 'claimer')
        if claimer and claimer ~= '' and claimer ~= ARGV[5] then
          return 0
        end
        redis.call('HSET', ARGV[1], 'attempts', ARGV[3], 'due', ARGV[4], 'claimer', '')
        redis.call('ZADD', KEYS[1], 'XX', ARGV[4], ARGV[2])
        return 1
        """;

    // KEYS: heads. ARGV: prefix, now, limit, claim ends at, instance. Returns per message: seq and its fields.
    private const string DueScript = """
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[2], 'LIMIT', 0, ARGV[3])
        local claimed = {}
        for _, seq in ipairs(due) do
          local message = ARGV[1] .. 'outbox:message:' .. seq
          redis.call('ZADD', KEYS[1], ARGV[4], seq)
          redis.call('HSET', message, 'claimer', ARGV[5])
          claimed[#claimed + 1] = seq
          claimed[#claimed + 1] = redis.call('HMGET', message, 'key', 'source', 'conversation', 'target', 'body', 'meeting', 'created', 'attempts')
        end
        return claimed
        """;

    // ARGV: prefix, seq, conversation, target.
    private const string NewerScript = """
        local later = redis.call('ZRANGEBYSCORE', ARGV[1] .. 'outbox:conversation:' .. ARGV[3], '(' .. ARGV[2], '+inf')
        for _, seq in ipairs(later) do
          if redis.call('HGET', ARGV[1] .. 'outbox:message:' .. seq, 'target') == ARGV[4] then
            return 1
          end
        end
        return 0
        """;

    private readonly TimeSpan _takeoverAfter = storage.Value.Redis.TakeoverAfter;

    public async Task AddAsync(OutboxMessage message, DateTimeOffset createdAt, int attempts, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(
            AddScript,
            [.. ListKeys, redis.Key("outbox:added:" + message.ReplyKey)],
            [
                Prefix, Window, message.ReplyKey, message.Source, message.Conversation, message.Target, message.Body,
                message.MeetingKey ?? "", createdAt.ToUnixTimeMilliseconds(), attempts, dueAt.ToUnixTimeMilliseconds(),
            ]).ConfigureAwait(false);
    }

    /// <summary>Within a run of accepted work the last reply's mark waits for the run's completion (<see cref="RedisAcceptedWorkRun"/>).</summary>
    public Task RecordDeliveredAsync(string replyKey, string? messageId, CancellationToken cancellationToken)
    {
        var mark = new DeliveredMark(replyKey, messageId);
        var now = RedisAcceptedWorkRun.Current is { } run ? run.Hold(mark) : mark;
        return now is { } write ? marks.WriteAsync(write) : Task.CompletedTask;
    }

    public async Task<DeliveredReply?> FindDeliveredAsync(string replyKey, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var messageId = await database.StringGetAsync(marks.Key(replyKey)).ConfigureAwait(false);
        return messageId.IsNull ? null : new DeliveredReply(messageId.IsNullOrEmpty ? null : (string?)messageId);
    }

    public async Task MarkDeliveredAsync(long sequence, string? messageId, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(DeliveredScript, ListKeys, [Prefix, Window, sequence, messageId ?? ""]).ConfigureAwait(false);
    }

    public async Task RetryLaterAsync(long sequence, int attempts, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(
            RetryLaterScript,
            [redis.Key("outbox:heads")],
            [MessageKey(sequence).ToString(), sequence, attempts, nextAttemptAt.ToUnixTimeMilliseconds(), redis.InstanceId]).ConfigureAwait(false);
    }

    public async Task GiveUpAsync(long sequence, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(GiveUpScript, ListKeys, [Prefix, Window, sequence]).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PendingDelivery>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var claimed = (RedisResult[])(await database.ScriptEvaluateAsync(
            DueScript,
            [redis.Key("outbox:heads")],
            [Prefix, now.ToUnixTimeMilliseconds(), limit, (now + _takeoverAfter).ToUnixTimeMilliseconds(), redis.InstanceId]).ConfigureAwait(false))!;
        var due = new List<PendingDelivery>(claimed.Length / 2);
        for (var i = 0; i < claimed.Length; i += 2)
        {
            due.Add(Read((long)claimed[i], (RedisResult[])claimed[i + 1]!));
        }

        return due;
    }

    public async Task<bool> HasNewerToSameTargetAsync(PendingDelivery pending, CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var newer = await database.ScriptEvaluateAsync(
            NewerScript, [], [Prefix, pending.Sequence, pending.Message.Conversation, pending.Message.Target]).ConfigureAwait(false);
        return (long)newer == 1;
    }

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var first = await database.SortedSetRangeByRankWithScoresAsync(redis.Key("outbox:heads"), 0, 0).ConfigureAwait(false);
        return first.Length == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)first[0].Score);
    }

    /// <summary>A message another instance added (or claimed and died with) is seen within the takeover timeout.</summary>
    public TimeSpan? LookAgainWithin => _takeoverAfter;

    public async Task<IReadOnlyList<string>> WaitingConversationsAsync(CancellationToken cancellationToken)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var conversations = await database.SetMembersAsync(redis.Key("outbox:waiting")).ConfigureAwait(false);
        return conversations.Select(conversation => (string)conversation!).ToList();
    }

    /// <summary>Nothing to do: finished messages are deleted at once, and what recognises a repeat expires on its own.</summary>
    public Task PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken) => Task.CompletedTask;

    private RedisKey[] ListKeys => [redis.Key("outbox:heads"), redis.Key("outbox:waiting"), redis.Key("outbox:seq")];

    private string Prefix => redis.Key("").ToString();

    private long Window => (long)options.CurrentValue.DuplicateWindow.TotalMilliseconds;

    private RedisKey MessageKey(long sequence) => redis.Key("outbox:message:" + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static PendingDelivery Read(long sequence, RedisResult[] fields)
    {
        var meeting = (string?)fields[5];
        return new PendingDelivery(
            sequence,
            new OutboxMessage((string)fields[0]!, (string)fields[1]!, (string)fields[2]!, (string)fields[3]!, (byte[])fields[4]!, string.IsNullOrEmpty(meeting) ? null : meeting),
            DateTimeOffset.FromUnixTimeMilliseconds((long)fields[6]),
            (int)fields[7]);
    }
}
