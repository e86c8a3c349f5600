using System.Text.Json.Serialization;

namespace MeetingBot.TrueConfSimulator.Models;

/// <summary>Conference object as API v3 shows it (reference §6.1).</summary>
internal sealed class ConferenceV3Wire
{
    public required string Id { get; init; }

    public required string Topic { get; init; }

    public required string Description { get; init; }

    public required string Owner { get; init; }

    public required int Type { get; init; }

    public required int VadSelector { get; init; }

    public required IReadOnlyList<ConferenceInvitationWire> Invitations { get; init; }

    public required int MaxParticipants { get; init; }

    public required int MaxPodiums { get; init; }

    public required ScheduleV3Wire Schedule { get; init; }

    public required bool AllowGuests { get; init; }

    public required int AutoInvite { get; init; }

    public required RightsWire Rights { get; init; }

    public required string State { get; init; }

    public required string Url { get; init; }

    public required string WebclientUrl { get; init; }

    public required long CreatedAt { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public bool MulticastEnable { get; init; }

    public string? MulticastAddress { get; init; }

    public int Recording { get; init; }

    public int StreamRecordingState { get; init; }

    public bool BroadcastEnabled { get; init; }

    public required bool AllowOnlyPlannedParticipants { get; init; }

    public required string Access { get; init; }
}

/// <summary>Conference object as API v4 shows it: <c>mode</c> and string schedule types (reference §2).</summary>
internal sealed class ConferenceV4Wire
{
    public required string Id { get; init; }

    public required string Topic { get; init; }

    public required string Description { get; init; }

    public required string Owner { get; init; }

    public required string Mode { get; init; }

    public required IReadOnlyList<ConferenceInvitationWire> Invitations { get; init; }

    public required int MaxParticipants { get; init; }

    public required int MaxPodiums { get; init; }

    public required ScheduleV4Wire Schedule { get; init; }

    public required string Access { get; init; }

    public required bool AllowGuests { get; init; }

    public required int AutoInvite { get; init; }

    public required RightsWire Rights { get; init; }

    public required string State { get; init; }

    public required string Url { get; init; }

    public required string WebclientUrl { get; init; }

    public required long CreatedAt { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required bool AllowOnlyPlannedParticipants { get; init; }
}

/// <summary>An entry of the conference's <c>invitations</c> list; <c>display_name</c> is null when not sent.</summary>
internal sealed record ConferenceInvitationWire(
    string Id,
    string? DisplayName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsModerator);

internal sealed record RightsWire(IReadOnlyDictionary<string, bool> Guest, IReadOnlyDictionary<string, bool> User);

internal sealed class ScheduleV3Wire
{
    public required int Type { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? StartTime { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Duration { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TimeOffset { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Days { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Time { get; init; }
}

internal sealed class ScheduleV4Wire
{
    public required string Type { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? StartTime { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Duration { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SpecialTimeOffset { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Days { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Time { get; init; }
}
