using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// Count-only presence, on a backend that tells how many are in a call but not who: the count is stored and the
/// card's "N in the call" follows, the same way as a count taken from a participant list.
/// </summary>
public sealed class MeetingHeadcount(
    IEnumerable<ICallHeadcount> counters, IConferenceService backend, IMeetingStore meetings, MeetingParticipants participants)
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

    /// <summary>
    /// The backend said a call started or finished in this conference: the count is read at once (or, where the
    /// backend cannot count, a finished call is taken as nobody in it). False when that changed nothing: not a
    /// running meeting of the bot's, or the count already known — a repeated event is one of those.
    /// </summary>
    public async Task<bool> CallChangedAsync(string conferenceId, bool callFinished, CancellationToken cancellationToken)
    {
        if (await meetings.FindByConferenceIdAsync(backend.Capabilities.DisplayName, conferenceId, cancellationToken).ConfigureAwait(false) is not
            { State: MeetingState.Running } meeting)
        {
            return false;
        }

        if (Available)
        {
            return (await ReadAndRecordAsync(meeting, cancellationToken).ConfigureAwait(false)).Changed;
        }

        return callFinished && await participants.RecordCountAsync(meeting, 0, cancellationToken).ConfigureAwait(false);
    }

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
