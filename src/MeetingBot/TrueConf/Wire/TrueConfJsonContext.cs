using System.Text.Json.Serialization;

namespace MeetingBot.TrueConf.Wire;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(AuthorizationCodeRequestV4))]
[JsonSerializable(typeof(CreateConferenceV3))]
[JsonSerializable(typeof(CreateConferenceV4))]
[JsonSerializable(typeof(ConferenceEnvelope))]
[JsonSerializable(typeof(ConferenceListPage))]
[JsonSerializable(typeof(ParticipantList))]
[JsonSerializable(typeof(InvitationList))]
[JsonSerializable(typeof(StateEnvelope))]
[JsonSerializable(typeof(InviteParticipantV3))]
[JsonSerializable(typeof(InviteParticipantsV4))]
[JsonSerializable(typeof(UserEnvelope))]
[JsonSerializable(typeof(UserPage))]
[JsonSerializable(typeof(ApiErrorBody))]
internal sealed partial class TrueConfJsonContext : JsonSerializerContext;
