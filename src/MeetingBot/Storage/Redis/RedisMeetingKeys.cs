using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// The names of the meeting store's keys. The scripts build the same names from <see cref="Prefix"/> for keys they only
/// learn from a record (its indexes, a pointer's meeting); all share the bot's hash slot.
/// </summary>
internal sealed class RedisMeetingKeys(RedisConnection redis)
{
    /// <summary>What every key of the bot starts with, for the scripts.</summary>
    public RedisValue Prefix { get; } = (string?)redis.Key("");

    /// <summary>The meeting: a hash of its record (<see cref="RedisMeetingHash"/>).</summary>
    public RedisKey Record(string requestKey) => redis.Key("meeting:" + requestKey);

    /// <summary>A card's message id delivered before its meeting was stored, for the meeting to take when it is.</summary>
    public RedisKey PendingCard(string requestKey) => redis.Key("meeting-card:" + requestKey);

    /// <summary>The conversation's latest meeting: a hash of <c>key</c> (request key) and <c>at</c> (its start).</summary>
    public RedisKey Conversation(string channel, string conversationId) => redis.Key("meetings:conversation:" + channel + ":" + conversationId);

    /// <summary>The newest record of a backend conference: a hash of <c>key</c> and <c>at</c>.</summary>
    public RedisKey Conference(string backend, string conferenceId) => redis.Key("meetings:conference:" + backend + ":" + conferenceId);

    /// <summary>Every running meeting: a hash of request key → what the watcher reads (<see cref="RedisRunningEntry"/>).</summary>
    public RedisKey Running() => redis.Key("meetings:running");

    /// <summary>One owner's running meetings on one backend: a sorted set of request keys scored by their start.</summary>
    public RedisKey RunningOwned(string backend, string ownerId) => redis.Key("meetings:running-owned:" + backend + ":" + ownerId);
}
