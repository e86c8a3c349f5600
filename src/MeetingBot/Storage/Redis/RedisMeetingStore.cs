using System.Globalization;
using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// The meetings of every instance in the shared Redis: a hash per meeting, pointers to a conversation's latest meeting
/// and a conference's newest record, the running meetings (one hash the watcher reads whole) and each owner's running
/// meetings (a sorted set by start). Every operation is one round trip; the writes are scripts, so a record and its
/// indexes change together. Running meetings stay until they end; an ended one (with the pointers still naming it)
/// expires after <see cref="EndedRetention"/>, while the SQLite store keeps it for good.
/// </summary>
internal sealed class RedisMeetingStore(RedisConnection redis) : IMeetingStore
{
    /// <summary>How long an ended meeting stays findable (its card's buttons, its page, "the conversation's meeting").</summary>
    public static readonly TimeSpan EndedRetention = TimeSpan.FromDays(30);

    /// <summary>How long a card delivered before its meeting was stored waits for the meeting (seconds in practice).</summary>
    public static readonly TimeSpan PendingCardLifetime = TimeSpan.FromDays(1);

    private readonly RedisMeetingKeys _keys = new(redis);

    public async Task<bool> TryAddAsync(MeetingRecord meeting, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        RedisValue[] arguments =
        [
            meeting.RequestKey,
            meeting.StartedAt.ToUnixTimeMilliseconds(),
            Millis(EndedRetention),
            meeting.State == MeetingState.Running ? RedisRunningEntry.Format(meeting) : "",
            .. RedisMeetingHash.Fields(meeting),
        ];
        var added = await database.ScriptEvaluateAsync(RedisMeetingScripts.TryAdd,
        [
            _keys.Record(meeting.RequestKey),
            _keys.PendingCard(meeting.RequestKey),
            _keys.Conversation(meeting.Channel, meeting.ConversationId),
            _keys.Conference(meeting.Backend, meeting.ConferenceId),
            _keys.Running(),
            _keys.RunningOwned(meeting.Backend, meeting.OwnerId),
        ], arguments).ConfigureAwait(false);
        return (long)added == 1;
    }

    public async Task<MeetingRecord?> FindByRequestKeyAsync(string requestKey, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        return RedisMeetingHash.Read(await database.HashGetAllAsync(_keys.Record(requestKey)).ConfigureAwait(false));
    }

    public Task<MeetingRecord?> FindLatestInConversationAsync(string channel, string conversationId, CancellationToken cancellationToken) =>
        FindByPointerAsync(_keys.Conversation(channel, conversationId), cancellationToken);

    public Task<MeetingRecord?> FindByConferenceIdAsync(string backend, string conferenceId, CancellationToken cancellationToken) =>
        FindByPointerAsync(_keys.Conference(backend, conferenceId), cancellationToken);

    private async Task<MeetingRecord?> FindByPointerAsync(RedisKey pointer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        return RedisMeetingHash.Read(await database.ScriptEvaluateAsync(RedisMeetingScripts.FindByPointer, [pointer], [_keys.Prefix]).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<RunningMeeting>> ListRunningAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var entries = await database.HashGetAllAsync(_keys.Running()).ConfigureAwait(false);
        return entries
            .Select(entry => RedisRunningEntry.Parse(entry.Name.ToString(), entry.Value.ToString()))
            .OrderBy(running => running.StartedAt)
            .ThenBy(running => running.Meeting.RequestKey, StringComparer.Ordinal)
            .Select(running => running.Meeting)
            .ToList();
    }

    public async Task<IReadOnlyList<MeetingRecord>> ListRunningOwnedAsync(string backend, string ownerId, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (limit <= 0)
        {
            return [];
        }

        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var records = (RedisResult[])(await database.ScriptEvaluateAsync(
            RedisMeetingScripts.ListRunningOwned, [_keys.RunningOwned(backend, ownerId)], [_keys.Prefix, limit]).ConfigureAwait(false))!;
        // A member whose record is gone (never, while the indexes change with it) is left out rather than failing the list.
        return records.Select(RedisMeetingHash.Read).OfType<MeetingRecord>().ToList();
    }

    public async Task SetCardMessageIdAsync(string requestKey, string messageId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(RedisMeetingScripts.SetCardMessageId,
            [_keys.Record(requestKey), _keys.PendingCard(requestKey)], [messageId, Millis(PendingCardLifetime)]).ConfigureAwait(false);
    }

    public async Task<bool> UpdateLiveStateAsync(
        string requestKey, MeetingState state, DateTimeOffset? endedAt, int? participantCount, DateTimeOffset checkedAt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        var ended = await database.ScriptEvaluateAsync(RedisMeetingScripts.UpdateLiveState, [_keys.Record(requestKey), _keys.Running()],
        [
            _keys.Prefix,
            requestKey,
            state == MeetingState.Running ? RedisMeetingHash.Running : RedisMeetingHash.Ended,
            RedisMeetingHash.Millis(endedAt) ?? "",
            participantCount?.ToString(CultureInfo.InvariantCulture) ?? "",
            checkedAt.ToUnixTimeMilliseconds(),
            Millis(EndedRetention),
        ]).ConfigureAwait(false);
        return (long)ended == 1;
    }

    public async Task<MeetingRecord?> AddInviteesAsync(
        string requestKey, IReadOnlyList<string> inviteeIds, IReadOnlyList<string> inviteeNames, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        RedisValue[] arguments =
        [
            inviteeIds.Count,
            .. inviteeIds.Select(id => (RedisValue)id),
            .. inviteeIds.Select((id, i) => (RedisValue)(i < inviteeNames.Count ? inviteeNames[i] : id)),
            .. inviteeIds.Select(id => (RedisValue)RedisMeetingHash.Fold(id)),
        ];
        return RedisMeetingHash.Read(await database.ScriptEvaluateAsync(
            RedisMeetingScripts.AddInvitees, [_keys.Record(requestKey)], arguments).ConfigureAwait(false));
    }

    public async Task<bool> TryMarkOwnerRemindedAsync(string requestKey, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = await redis.DatabaseAsync().ConfigureAwait(false);
        return (long)await database.ScriptEvaluateAsync(RedisMeetingScripts.TryMarkOwnerReminded, [_keys.Record(requestKey)]).ConfigureAwait(false) == 1;
    }

    private static long Millis(TimeSpan span) => (long)span.TotalMilliseconds;
}
