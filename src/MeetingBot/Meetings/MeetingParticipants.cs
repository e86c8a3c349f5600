using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// Asks the backend who is in a meeting and keeps what the bot knows current: the count on its card follows, and a
/// meeting the backend no longer has is recorded as ended.
/// </summary>
public sealed class MeetingParticipants(IConferenceService backend, IMeetingStore meetings, MeetingCards cards, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConferenceParticipant>> ReadAsync(MeetingRecord meeting, CancellationToken cancellationToken)
    {
        var people = await backend.GetParticipantsAsync(meeting.ConferenceId, cancellationToken).ConfigureAwait(false);
        var inCall = people.Count(person => person.State == ParticipantState.InCall);
        if (meeting.RequestKey.Length > 0 && (meeting.ParticipantCount ?? 0) != inCall)
        {
            var now = clock.GetUtcNow();
            await meetings.UpdateLiveStateAsync(meeting.RequestKey, MeetingState.Running, null, inCall, now, CancellationToken.None).ConfigureAwait(false);
            await cards.UpdateAsync(meeting with { ParticipantCount = inCall, CheckedAt = now }, CancellationToken.None).ConfigureAwait(false);
        }

        return people;
    }
}
