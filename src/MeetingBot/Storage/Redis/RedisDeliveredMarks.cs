using MeetingBot.Meetings;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>A reply that went out at once, and its message id (null: the platform gave none).</summary>
internal readonly record struct DeliveredMark(string ReplyKey, string? MessageId);

/// <summary>
/// The marks of replies that went out at once (<c>outbox:delivered:{reply key}</c>, the message id or "" for none),
/// kept for the duplicate window so a repeated command sends none twice. The first mark of a key stays.
/// </summary>
internal sealed class RedisDeliveredMarks(RedisConnection redis, IOptionsMonitor<MeetingBotOptions> options)
{
    public RedisKey Key(string replyKey) => redis.Key("outbox:delivered:" + replyKey);

    public static RedisValue Value(DeliveredMark mark) => mark.MessageId ?? "";

    /// <summary>How long a mark is kept, in milliseconds.</summary>
    public long WindowMilliseconds => (long)options.CurrentValue.DuplicateWindow.TotalMilliseconds;

    public async Task WriteAsync(DeliveredMark mark)
    {
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.StringSetAsync(Key(mark.ReplyKey), Value(mark), options.CurrentValue.DuplicateWindow, When.NotExists).ConfigureAwait(false);
    }
}
