using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Blocks;

// The JSON bodies of the Web API methods and of response_url, as Slack spells them (snake_case, nulls left out).

internal sealed record PostMessageBody(string Channel, string? ThreadTs, string Text, IReadOnlyList<SlackBlock> Blocks, bool UnfurlLinks, bool UnfurlMedia);

internal sealed record UpdateBody(string Channel, string Ts, string Text, IReadOnlyList<SlackBlock> Blocks);

internal sealed record EphemeralBody(string Channel, string User, string? ThreadTs, string Text, IReadOnlyList<SlackBlock> Blocks);

internal sealed record ResponseBody(ResponseType ResponseType, bool ReplaceOriginal, string Text, IReadOnlyList<SlackBlock> Blocks, bool UnfurlLinks, bool UnfurlMedia);

[JsonConverter(typeof(JsonStringEnumConverter<ResponseType>))]
internal enum ResponseType
{
    [JsonStringEnumMemberName("in_channel")] InChannel,
    [JsonStringEnumMemberName("ephemeral")] Ephemeral,
}

internal sealed record HomeViewBody(string UserId, HomeTabView View);

internal sealed record HomeTabView(IReadOnlyList<SlackBlock> Blocks)
{
    [JsonPropertyOrder(-1)]
    public string Type => "home";
}
