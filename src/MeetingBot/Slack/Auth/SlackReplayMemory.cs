using System.Globalization;

namespace MeetingBot.Slack.Auth;

/// <summary>
/// The signatures already taken, each until its timestamp leaves the window. A signature is kept as 128 bits of its
/// HMAC in a set per slice of expiry time, not as a cache entry: under load the memory holds tens of thousands of
/// them for minutes, and as objects they were work for every collection (Slack's p99 acknowledgement suffered). The
/// same signature always carries the same timestamp, so it always lands in the same slice, and whole slices are
/// dropped when their time is up. Bounded: when full, new signatures are checked but not kept.
/// </summary>
internal sealed class SlackReplayMemory(int capacity)
{
    private const long SliceSeconds = 10;

    private readonly Dictionary<long, HashSet<UInt128>> _slices = [];
    private readonly Lock _gate = new();
    private int _count;

    /// <summary>True the first time <paramref name="signatureHex"/> is seen before <paramref name="expiresAt"/> (Unix seconds).</summary>
    public bool TryRemember(ReadOnlySpan<char> signatureHex, long expiresAt, long now)
    {
        var key = UInt128.Parse(signatureHex[..32], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var slice = expiresAt / SliceSeconds + 1;
        lock (_gate)
        {
            DropExpired(now);
            if (_slices.TryGetValue(slice, out var seen) && seen.Contains(key))
            {
                return false;
            }

            if (_count < capacity)
            {
                if (seen is null)
                {
                    _slices[slice] = seen = [];
                }

                seen.Add(key);
                _count++;
            }

            return true;
        }
    }

    /// <summary>How many signatures are kept now.</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    private void DropExpired(long now)
    {
        var current = now / SliceSeconds;
        List<long>? expired = null;
        foreach (var slice in _slices.Keys)
        {
            if (slice <= current)
            {
                (expired ??= []).Add(slice);
            }
        }

        foreach (var slice in expired ?? [])
        {
            _count -= _slices[slice].Count;
            _slices.Remove(slice);
        }
    }
}
