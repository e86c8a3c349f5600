using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Inbound;

/// <summary>Slack's inbound payloads (snake_case), read without reflection (the bot publishes Native AOT).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SlackSlashCommand))]
[JsonSerializable(typeof(SlackEventEnvelope))]
[JsonSerializable(typeof(SlackInteraction))]
[JsonSerializable(typeof(SlackWork))]
public sealed partial class SlackInboundJsonContext : JsonSerializerContext;
