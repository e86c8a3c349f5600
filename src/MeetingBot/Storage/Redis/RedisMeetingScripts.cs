namespace MeetingBot.Storage.Redis;

/// <summary>
/// The meeting store's Lua scripts: each store operation is one script, so a record and its indexes change together
/// and two instances never interleave a check with its write. Key names follow <see cref="RedisMeetingKeys"/>; hash
/// fields follow <see cref="RedisMeetingHash"/>.
/// </summary>
internal static class RedisMeetingScripts
{
    /// <summary>
    /// KEYS: record, pending card, conversation pointer, conference pointer, running, owner's running.
    /// ARGV: request key, start (ms), ended retention (ms), running entry ('' for a meeting added ended), field/value pairs.
    /// </summary>
    public const string TryAdd = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
          return 0
        end
        redis.call('HSET', KEYS[1], unpack(ARGV, 5))
        local card = redis.call('GET', KEYS[2])
        if card then
          redis.call('HSETNX', KEYS[1], 'card', card)
          redis.call('DEL', KEYS[2])
        end
        local running = ARGV[4] ~= ''
        for i = 3, 4 do
          local at = redis.call('HGET', KEYS[i], 'at')
          if not at or tonumber(at) <= tonumber(ARGV[2]) then
            redis.call('HSET', KEYS[i], 'key', ARGV[1], 'at', ARGV[2])
            if running then
              redis.call('PERSIST', KEYS[i])
            else
              redis.call('PEXPIRE', KEYS[i], ARGV[3])
            end
          end
        end
        if running then
          redis.call('HSET', KEYS[5], ARGV[1], ARGV[4])
          redis.call('ZADD', KEYS[6], ARGV[2], ARGV[1])
        else
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
        end
        return 1
        """;

    /// <summary>KEYS: a pointer (conversation or conference). ARGV: key prefix. Returns the record it points to (empty when none).</summary>
    public const string FindByPointer = """
        local key = redis.call('HGET', KEYS[1], 'key')
        if not key then
          return {}
        end
        return redis.call('HGETALL', ARGV[1] .. 'meeting:' .. key)
        """;

    /// <summary>KEYS: owner's running. ARGV: key prefix, limit (> 0). Returns the records, newest first.</summary>
    public const string ListRunningOwned = """
        local keys = redis.call('ZREVRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1)
        local meetings = {}
        for i, key in ipairs(keys) do
          meetings[i] = redis.call('HGETALL', ARGV[1] .. 'meeting:' .. key)
        end
        return meetings
        """;

    /// <summary>
    /// Only a running meeting takes news; the one call that ends it returns 1, takes it out of the running indexes and
    /// lets the record (and the pointers still naming it) expire after the retention.
    /// KEYS: record, running. ARGV: key prefix, request key, state (0|1), ended at (ms or ''), participants (or ''),
    /// checked at (ms), ended retention (ms).
    /// </summary>
    public const string UpdateLiveState = """
        local m = redis.call('HMGET', KEYS[1], 'state', 'startedAt', 'backend', 'conference', 'owner', 'channel', 'conversation')
        if m[1] ~= '0' then
          return 0
        end
        redis.call('HSET', KEYS[1], 'state', ARGV[3], 'checkedAt', ARGV[6])
        if ARGV[4] == '' then redis.call('HDEL', KEYS[1], 'endedAt') else redis.call('HSET', KEYS[1], 'endedAt', ARGV[4]) end
        if ARGV[5] == '' then redis.call('HDEL', KEYS[1], 'participants') else redis.call('HSET', KEYS[1], 'participants', ARGV[5]) end
        if ARGV[3] == '0' then
          redis.call('HSET', KEYS[2], ARGV[2], m[2] .. '\n' .. m[3] .. '\n' .. m[4] .. '\n' .. ARGV[6])
          return 0
        end
        redis.call('HDEL', KEYS[2], ARGV[2])
        redis.call('ZREM', ARGV[1] .. 'meetings:running-owned:' .. m[3] .. ':' .. m[5], ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[7])
        local pointers = { ARGV[1] .. 'meetings:conversation:' .. m[6] .. ':' .. m[7], ARGV[1] .. 'meetings:conference:' .. m[3] .. ':' .. m[4] }
        for _, pointer in ipairs(pointers) do
          if redis.call('HGET', pointer, 'key') == ARGV[2] then
            redis.call('PEXPIRE', pointer, ARGV[7])
          end
        end
        return 1
        """;

    /// <summary>
    /// Adds the invitees not there yet (compared by their case-folded ids) with their names; returns the record as now
    /// stored (empty when there is none). KEYS: record. ARGV: n, then n ids, n names, n case-folded ids.
    /// </summary>
    public const string AddInvitees = """
        local stored = redis.call('HMGET', KEYS[1], 'invitees', 'inviteeNames', 'inviteeFolds')
        if not stored[1] then
          return {}
        end
        local function lines(text)
          local list = {}
          if text and text ~= '' then
            for line in string.gmatch(text .. '\n', '([^\n]*)\n') do
              list[#list + 1] = line
            end
          end
          return list
        end
        local ids, storedNames, folds = lines(stored[1]), lines(stored[2]), lines(stored[3])
        local names, seen = {}, {}
        for i, id in ipairs(ids) do
          names[i] = storedNames[i] or id
          folds[i] = folds[i] or id
          seen[folds[i]] = true
        end
        local n = tonumber(ARGV[1])
        for j = 1, n do
          local fold = ARGV[1 + 2 * n + j]
          if not seen[fold] then
            seen[fold] = true
            ids[#ids + 1] = ARGV[1 + j]
            names[#names + 1] = ARGV[1 + n + j]
            folds[#ids] = fold
          end
        end
        redis.call('HSET', KEYS[1], 'invitees', table.concat(ids, '\n'), 'inviteeNames', table.concat(names, '\n'),
          'inviteeFolds', table.concat(folds, '\n', 1, #ids))
        return redis.call('HGETALL', KEYS[1])
        """;

    /// <summary>
    /// Records the card on its meeting, or keeps it for the meeting when the card went out before the meeting was
    /// stored. KEYS: record, pending card. ARGV: message id, pending card lifetime (ms).
    /// </summary>
    public const string SetCardMessageId = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
          redis.call('HSET', KEYS[1], 'card', ARGV[1])
        else
          redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
        end
        return 1
        """;

    /// <summary>KEYS: record. Returns 1 for the first caller ever.</summary>
    public const string TryMarkOwnerReminded = """
        if redis.call('HGET', KEYS[1], 'reminded') == '0' then
          redis.call('HSET', KEYS[1], 'reminded', '1')
          return 1
        end
        return 0
        """;
}
