namespace MeetingBot.TrueConfSimulator;

/// <summary>An immutable snapshot of one conference; the state replaces it on every change.</summary>
public sealed record SimulatedConference
{
    public required string Id { get; init; }

    public required string Topic { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Owner's user id without the server part.</summary>
    public required string OwnerId { get; init; }

    public ConferenceLayout Layout { get; init; } = ConferenceLayout.AllOnScreen;

    /// <summary>Planned invitees, sorted by user id.</summary>
    public IReadOnlyList<ConferenceInvitation> Invitations { get; init; } = [];

    public required int MaxParticipants { get; init; }

    /// <summary>Only meaningful for role-based layouts; null means the layout's default.</summary>
    public int? MaxPodiums { get; init; }

    public ConferenceSchedule Schedule { get; init; } = ConferenceSchedule.None;

    public bool AllowGuests { get; init; }

    public bool AutoInvite { get; init; }

    /// <summary><c>private</c> or <c>public</c>.</summary>
    public string Access { get; init; } = "private";

    public ConferenceRights Rights { get; init; } = ConferenceRights.AllAllowed;

    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool AllowOnlyPlannedParticipants { get; init; }

    public ConferenceState State { get; init; } = ConferenceState.Stopped;

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>People in the running conference or being called into it; empty while stopped.</summary>
    public IReadOnlyList<ConferenceParticipant> Participants { get; init; } = [];

    public bool IsRunning => State == ConferenceState.Running;

    public ConferenceParticipant? ParticipantOf(string userId) =>
        Participants.FirstOrDefault(p => string.Equals(p.UserId, userId, StringComparison.OrdinalIgnoreCase));

    public ConferenceInvitation? InvitationOf(string userId) =>
        Invitations.FirstOrDefault(i => string.Equals(i.UserId, userId, StringComparison.OrdinalIgnoreCase));
}

public enum ConferenceState
{
    Stopped,
    Running,
}

/// <summary>v3 <c>type</c> (+ <c>vad_selector</c>) and v4 <c>mode</c> in one enum (reference §6.2).</summary>
public enum ConferenceLayout
{
    /// <summary>v3 type 0, v4 <c>PxP</c>.</summary>
    AllOnScreen,

    /// <summary>v3 type 1, v4 <c>OxP</c>.</summary>
    VideoLecture,

    /// <summary>v3 type 3 + vad_selector 0, v4 <c>S|L</c>.</summary>
    RoleBasedModerated,

    /// <summary>v3 type 3 + vad_selector 1 ("smart meeting"), v4 <c>S|L Auto</c>.</summary>
    RoleBasedSmart,
}

/// <param name="DisplayName">Null when the client did not send one.</param>
public sealed record ConferenceInvitation(string UserId, string? DisplayName, bool IsModerator = false);

/// <param name="JoinedAt">Null while the person is being called.</param>
public sealed record ConferenceParticipant(string UserId, DateTimeOffset? JoinedAt)
{
    public bool IsInConference => JoinedAt is not null;
}
