using MeetingBot.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Answers about chat accounts kept in memory for the identity cache's lifetime, and forgotten as soon as the store
/// tells of a change to the account on any instance sharing it. A notice arriving while an answer was being read
/// means the answer may predate the change, so it is not kept; when notices may have been missed, every account is
/// forgotten at once (the generation in each key moves on).
/// </summary>
internal sealed class ChatAccountCache<T>
    where T : class
{
    private readonly string _prefix;
    private readonly IMemoryCache _cache;
    private readonly IOptionsMonitor<MeetingBotOptions> _options;
    private long _notices;
    private long _generation;

    public ChatAccountCache(string prefix, IMemoryCache cache, IUserLinkChanges changes, IOptionsMonitor<MeetingBotOptions> options)
    {
        _prefix = prefix;
        _cache = cache;
        _options = options;
        changes.LinkSet += Forget;
        changes.NoticesMissed += ForgetAll;
    }

    /// <summary>
    /// The kept answer for the account, else <paramref name="read"/>'s, which is kept in its <paramref name="kept"/>
    /// form (null: not kept) unless a notice arrived meanwhile.
    /// </summary>
    public async Task<TAnswer> GetAsync<TAnswer>(
        string channel, string chatUserId, Func<T, TAnswer> fromKept, Func<Task<TAnswer>> read, Func<TAnswer, T?> kept)
    {
        var key = KeyOf(channel, chatUserId);
        if (_cache.TryGetValue(key, out T? known) && known is not null)
        {
            return fromKept(known);
        }

        var notices = Interlocked.Read(ref _notices);
        var answer = await read().ConfigureAwait(false);
        if (Interlocked.Read(ref _notices) == notices && kept(answer) is { } value)
        {
            _cache.Set(key, value, new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = _options.CurrentValue.IdentityCacheDuration,
                Size = 1,
            });
        }

        return answer;
    }

    private void Forget(string channel, string chatUserId)
    {
        Interlocked.Increment(ref _notices);
        _cache.Remove(KeyOf(channel, chatUserId));
    }

    private void ForgetAll()
    {
        Interlocked.Increment(ref _notices);
        Interlocked.Increment(ref _generation);
    }

    private string KeyOf(string channel, string chatUserId) => $"{_prefix}:{Interlocked.Read(ref _generation)}:{channel}:{chatUserId}";
}
