using System.Text.Json.Serialization;

namespace MeetingBot.TrueConfSimulator.Models;

/// <summary>Source-generated serialisation of every wire shape, with the server's snake_case names.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OAuthErrorResponse))]
[JsonSerializable(typeof(ApiErrorResponse))]
[JsonSerializable(typeof(UserEnvelope))]
[JsonSerializable(typeof(UserListWire))]
[JsonSerializable(typeof(ConferenceEnvelope<ConferenceV3Wire>))]
[JsonSerializable(typeof(ConferenceEnvelope<ConferenceV4Wire>))]
[JsonSerializable(typeof(ConferenceListWire<ConferenceV3Wire>))]
[JsonSerializable(typeof(ConferenceListWire<ConferenceV4Wire>))]
[JsonSerializable(typeof(ParticipantEnvelope))]
[JsonSerializable(typeof(ParticipantListWire))]
[JsonSerializable(typeof(InvitationEnvelope))]
[JsonSerializable(typeof(InvitationListWire))]
[JsonSerializable(typeof(IdWire))]
[JsonSerializable(typeof(StateWire))]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
