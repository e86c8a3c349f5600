using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

public enum MeetingPhase
{
    Running,
    Ended,
}

/// <summary>Which of a meeting card's actions the backend supports (and so the card offers).</summary>
/// <param name="PersonalJoin">
/// Join mints a one-time link for the clicker (<see cref="MeetingCardVerbs.Join"/>) instead of opening the meeting's
/// shared address, which admits nobody on such a backend.
/// </param>
/// <param name="OpenHere">The card also offers the bot's own meeting page inside the chat client (<see cref="MeetingCardVerbs.OpenHere"/>).</param>
public sealed record MeetingActions(bool Invite, bool Participants, bool Stop, bool PersonalJoin = false, bool OpenHere = false)
{
    /// <param name="pageServed">The bot has a public address, so it can serve its meeting page.</param>
    public static MeetingActions For(ConferencingCapabilities backend, bool pageServed = false) =>
        new(
            Invite: backend.HasUserDirectory || backend.PersonalLinks,
            Participants: backend.LiveParticipants,
            Stop: backend.CanStop,
            PersonalJoin: backend.PersonalLinks,
            OpenHere: backend.PersonalLinks && pageServed);
}

/// <summary>Everything a meeting's card shows: one view, drawn the same whether posted, updated or refreshed.</summary>
/// <param name="MeetingRef">Names the meeting in the card's actions (the key of the command that started it).</param>
/// <param name="Participants">Who is in the call, when the card was asked to show it.</param>
/// <param name="Note">One line under the facts (a late start, a refusal shown to the clicker…).</param>
public sealed record MeetingView(
    string MeetingRef,
    string Topic,
    PersonSummary Owner,
    IReadOnlyList<PersonSummary> Invitees,
    string ConferenceId,
    MeetingPhase Phase,
    string JoinUrl,
    string? PageUrl,
    string? GuestUrl,
    string BackendName,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    int? ParticipantCount,
    MeetingActions Actions,
    IReadOnlyList<ConferenceParticipant>? Participants = null,
    string? Note = null)
{
    public bool IsRunning => Phase == MeetingPhase.Running;
}
