using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// Asks the backend who is in a meeting and keeps what the bot knows current: the count on its card follows, and a
/// meeting the backend no longer has is recorded as ended.
/// </summary>
public sealed class MeetingParticipants(IConferenceService backend, IMeetingStore meetings, MeetingCards cards, MeetingLocks locks, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConferenceParticipant>> ReadAsync(MeetingRecord meeting, CancellationToken cancellationToken)
    {
        var people = await backend.GetParticipantsAsync(meeting.ConferenceId, cancellationToken).ConfigureAwait(false);
        if (meeting.RequestKey.Length > 0)
        {
            await RecordCountAsync(meeting, people.Count(person => person.State == ParticipantState.InCall), cancellationToken).ConfigureAwait(false);
        }

        return people;
    }

    /// <summary>
    /// Stores how many are in the call and when that was read, and redraws the card when the count changed (true then).
    /// Decided under the meeting's lock against what is stored now, not against the meeting as it was when the read
    /// began: a stop that ended it meanwhile must not be drawn over with "Running".
    /// </summary>
    public async Task<bool> RecordCountAsync(MeetingRecord meeting, int inCall, CancellationToken cancellationToken)
    {
        using var held = await locks.HoldAsync(meeting, cancellationToken).ConfigureAwait(false);
        if (await meetings.FindByRequestKeyAsync(meeting.RequestKey, cancellationToken).ConfigureAwait(false) is not { State: MeetingState.Running } current)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        await meetings.UpdateLiveStateAsync(current.RequestKey, MeetingState.Running, null, inCall, now, CancellationToken.None).ConfigureAwait(false);

        // A count never read is taken as nobody: the card posted at start ("Running") is already true for an empty call.
        if ((current.ParticipantCount ?? 0) == inCall)
        {
            return false;
        }

        await cards.UpdateAsync(current with { ParticipantCount = inCall, CheckedAt = now }, CancellationToken.None).ConfigureAwait(false);
        return true;
    }
}
