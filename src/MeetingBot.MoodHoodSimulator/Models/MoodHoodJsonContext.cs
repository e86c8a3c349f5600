using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary>Source-generated serialisation of every wire shape, with the API's camelCase names.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OAuthErrorResponse))]
[JsonSerializable(typeof(ApiErrorWire))]
[JsonSerializable(typeof(UserWire))]
[JsonSerializable(typeof(SpaceWire))]
[JsonSerializable(typeof(ListWire<SpaceWire>))]
[JsonSerializable(typeof(RoomWire))]
[JsonSerializable(typeof(ListWire<RoomWire>))]
[JsonSerializable(typeof(AccessUrlWire))]
[JsonSerializable(typeof(ItemsWire<CallWire>))]
[JsonSerializable(typeof(WebhookWire))]
[JsonSerializable(typeof(WebhookSecretWire))]
[JsonSerializable(typeof(WebhookEventWire))]
[JsonSerializable(typeof(PageStatusWire))]
[JsonSerializable(typeof(LeaveWire))]
internal sealed partial class MoodHoodJsonContext : JsonSerializerContext;
