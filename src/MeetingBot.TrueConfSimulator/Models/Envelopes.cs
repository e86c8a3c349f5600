using System.Text.Json.Serialization;

namespace MeetingBot.TrueConfSimulator.Models;

internal sealed record ConferenceEnvelope<T>(T Conference);

internal sealed record ConferenceListWire<T>(int Cnt, IReadOnlyList<T> Conferences);

internal sealed record UserEnvelope(UserWire User);

internal sealed record UserListWire(int NextPageId, IReadOnlyList<UserWire> Users);

internal sealed record ParticipantEnvelope(ParticipantWire Participant);

/// <summary>v3 answers <c>{"participants"}</c>; v4 adds <c>cnt</c>.</summary>
internal sealed record ParticipantListWire(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Cnt,
    IReadOnlyList<ParticipantWire> Participants);

internal sealed record InvitationEnvelope(InvitationWire Invitation);

internal sealed record InvitationListWire(IReadOnlyList<InvitationWire> Invitations);

internal sealed record IdWire(string Id);

internal sealed record StateWire(string State);
