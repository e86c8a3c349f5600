using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Api;

/// <summary>Slack's Web API answers (snake_case), read without reflection (the bot publishes Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SlackApiResponse))]
[JsonSerializable(typeof(SlackUserWire))]
internal sealed partial class SlackApiJsonContext : JsonSerializerContext;
