using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// Count-only presence, on a backend that tells how many are in a call but not who: the count is stored and the
/// card's "N in the call" follows, the same way as a count taken from a participant list.
/// </summary>
public sealed class MeetingHeadcount(IEnumerable<ICallHeadcount> counters, IConferenceService backend, MeetingParticipants participants)
{
    private readonly ICallHeadcount? _counter = counters.FirstOrDefault();

    /// <summary>The backend can count (it may find out later that it cannot, and then says so here).</summary>
    public bool Available => _counter is not null && backend.Capabilities.CallHeadcount;

    /// <summary>How many are in the meeting's call, recorded; null when the backend cannot tell.</summary>
    public async Task<int?> ReadAsync(MeetingRecord meeting, CancellationToken cancellationToken) =>
        (await ReadAndRecordAsync(meeting, cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>The watcher's read of one meeting; true when the card changed.</summary>
    public async Task<bool> CheckAsync(MeetingRecord meeting, CancellationToken cancellationToken) =>
        (await ReadAndRecordAsync(meeting, cancellationToken).ConfigureAwait(false)).Changed;

    private async Task<(int? Count, bool Changed)> ReadAndRecordAsync(MeetingRecord meeting, CancellationToken cancellationToken)
    {
        if (!Available)
        {
            return (null, false);
        }

        var count = await _counter!.CountInCallAsync(meeting.ConferenceId, cancellationToken).ConfigureAwait(false);
        var changed = count is { } inCall && meeting.RequestKey.Length > 0 &&
                      await participants.RecordCountAsync(meeting, inCall, cancellationToken).ConfigureAwait(false);
        return (count, changed);
    }
}
