using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>A stored meeting as its card shows it.</summary>
public static class MeetingViews
{
    /// <param name="pageServed">The bot serves its own meeting page (it has a public address).</param>
    public static MeetingView Of(MeetingRecord meeting, ConferencingCapabilities backend, bool pageServed = false)
    {
        var names = meeting.InviteeNames ?? [];
        return new MeetingView(
            meeting.RequestKey,
            meeting.Topic,
            new PersonSummary(meeting.OwnerName ?? meeting.OwnerId, meeting.OwnerId, backend.HasUserDirectory),
            meeting.InviteeIds.Select((id, index) => new PersonSummary(index < names.Count ? names[index] : id, id, backend.HasUserDirectory)).ToArray(),
            meeting.ConferenceId,
            meeting.State == MeetingState.Ended ? MeetingPhase.Ended : MeetingPhase.Running,
            meeting.JoinUrl,
            meeting.PageUrl,
            meeting.GuestUrl,
            backend.DisplayName,
            meeting.StartedAt,
            meeting.EndedAt,
            meeting.ParticipantCount,
            MeetingActions.For(backend, pageServed));
    }
}
