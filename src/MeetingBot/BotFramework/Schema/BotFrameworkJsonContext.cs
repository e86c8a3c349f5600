using System.Text.Json.Serialization;
using MeetingBot.AdaptiveCards;

namespace MeetingBot.BotFramework.Schema;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(OutboundActivity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(TeamsChannelAccount))]
[JsonSerializable(typeof(PagedMembers))]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Connector.ConnectorReplyTarget))]
public sealed partial class BotFrameworkJsonContext : JsonSerializerContext;
