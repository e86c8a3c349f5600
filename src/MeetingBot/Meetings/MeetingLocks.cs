using System.Collections.Concurrent;

namespace MeetingBot.Meetings;

/// <summary>
/// One action at a time per meeting on this instance (a stop and a double-clicked stop, two invites), so each sees
/// what the one before it did. Entries are removed when nobody holds or waits for them.
/// </summary>
public sealed class MeetingLocks
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Holds the lock of one backend conference (the same meeting whichever record names it).</summary>
    public Task<IDisposable> HoldAsync(Storage.MeetingRecord meeting, CancellationToken cancellationToken) =>
        HoldAsync(meeting.Backend + "|" + meeting.ConferenceId, cancellationToken);

    public async Task<IDisposable> HoldAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        while (true)
        {
            entry = _entries.GetOrAdd(key, static _ => new Entry());
            lock (entry)
            {
                if (!entry.Removed)
                {
                    entry.Users++;
                    break;
                }
            }
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }

        return new Held(this, key, entry);
    }

    private void Leave(string key, Entry entry)
    {
        lock (entry)
        {
            if (--entry.Users == 0)
            {
                entry.Removed = true;
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int Users;
        public bool Removed;
    }

    private sealed class Held(MeetingLocks owner, string key, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Gate.Release();
                owner.Leave(key, entry);
            }
        }
    }
}
