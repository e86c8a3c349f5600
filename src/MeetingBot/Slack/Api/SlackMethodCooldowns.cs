using System.Collections.Concurrent;

namespace MeetingBot.Slack.Api;

/// <summary>
/// Slack's rate limits are per method (reference §5): after a 429 the method is not called again until its
/// <c>Retry-After</c> has passed, while every other method goes on as usual.
/// </summary>
internal sealed class SlackMethodCooldowns(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    /// <summary>The wait still left for <paramref name="method"/>, or null when it may be called now.</summary>
    public TimeSpan? Remaining(string method)
    {
        if (!_until.TryGetValue(method, out var until))
        {
            return null;
        }

        var left = until - clock.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            return left;
        }

        _until.TryRemove(new KeyValuePair<string, DateTimeOffset>(method, until));
        return null;
    }

    public void Start(string method, TimeSpan wait) => _until[method] = clock.GetUtcNow() + wait;
}
