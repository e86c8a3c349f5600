using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Inbound;

/// <summary>
/// Slack's inbound payloads (snake_case), read without reflection (the bot publishes Native AOT). Strict where the
/// records promise non-null members: a payload missing one does not read, rather than a record full of nulls.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(SlackSlashCommand))]
[JsonSerializable(typeof(SlackEventEnvelope))]
[JsonSerializable(typeof(SlackInteraction))]
[JsonSerializable(typeof(SlackWork))]
public sealed partial class SlackInboundJsonContext : JsonSerializerContext;
