namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>The fields a create or update request carried, already type-checked; null means "not sent".</summary>
internal sealed record ConferenceInput
{
    public string? Id { get; init; }

    public string? Topic { get; init; }

    public string? Description { get; init; }

    public string? Owner { get; init; }

    /// <summary>v3 <c>type</c>: 0, 1 or 3.</summary>
    public int? Type { get; init; }

    /// <summary>v3 <c>vad_selector</c>: 0 or 1.</summary>
    public int? VadSelector { get; init; }

    /// <summary>v4 <c>mode</c>, already mapped.</summary>
    public ConferenceLayout? Mode { get; init; }

    public IReadOnlyList<ConferenceInvitation>? Invitations { get; init; }

    public int? MaxParticipants { get; init; }

    public int? MaxPodiums { get; init; }

    public ConferenceSchedule? Schedule { get; init; }

    public bool? AllowGuests { get; init; }

    public bool? AutoInvite { get; init; }

    public string? Access { get; init; }

    /// <summary>Overrides of individual rights; names not sent keep their value.</summary>
    public IReadOnlyDictionary<string, bool>? GuestRights { get; init; }

    public IReadOnlyDictionary<string, bool>? UserRights { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public bool? AllowOnlyPlannedParticipants { get; init; }

    /// <summary>Writable fields present in the body, in body order (for the "running conference" rule).</summary>
    public IReadOnlyList<string> SentFields { get; init; } = [];
}
