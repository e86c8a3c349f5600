using System.Text.Json.Serialization;

namespace MeetingBot.MoodHood.Wire;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ClientCredentialsGrant))]
[JsonSerializable(typeof(PasswordGrant))]
[JsonSerializable(typeof(TokenAnswer))]
[JsonSerializable(typeof(CreateRoomBody))]
[JsonSerializable(typeof(RoomDto))]
[JsonSerializable(typeof(RoomList))]
[JsonSerializable(typeof(GenerateAccessBody))]
[JsonSerializable(typeof(AccessAnswer))]
[JsonSerializable(typeof(CallList))]
[JsonSerializable(typeof(MeAnswer))]
[JsonSerializable(typeof(ErrorAnswer))]
internal sealed partial class MoodHoodJsonContext : JsonSerializerContext;
