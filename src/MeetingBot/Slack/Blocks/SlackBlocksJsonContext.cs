using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Blocks;

/// <summary>Block Kit and the bodies that carry it, written without reflection (the bot publishes Native AOT).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PostMessageBody))]
[JsonSerializable(typeof(UpdateBody))]
[JsonSerializable(typeof(EphemeralBody))]
[JsonSerializable(typeof(ResponseBody))]
[JsonSerializable(typeof(HomeViewBody))]
[JsonSerializable(typeof(IReadOnlyList<SlackBlock>))]
internal sealed partial class SlackBlocksJsonContext : JsonSerializerContext;
