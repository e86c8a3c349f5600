using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Slack.Blocks;

namespace MeetingBot.Tests.Slack.Blocks;

/// <summary>Slack messages as the JSON that goes on the wire, and lookups the tests read it with.</summary>
internal static class SlackBlocksJson
{
    public static JsonArray Blocks(SlackMessage message) => Blocks(message.Blocks);

    public static JsonArray Blocks(IReadOnlyList<SlackBlock> blocks) =>
        JsonNode.Parse(JsonSerializer.Serialize(blocks, SlackBlocksJsonContext.Default.IReadOnlyListSlackBlock))!.AsArray();

    public static JsonObject Body(byte[] utf8) => JsonNode.Parse(utf8)!.AsObject();

    public static IEnumerable<JsonNode> OfType(this JsonArray blocks, string type) => blocks.Where(block => (string?)block!["type"] == type)!;

    /// <summary>Every element of every actions block, and every section accessory.</summary>
    public static JsonNode[] Buttons(this JsonArray blocks) =>
        blocks.OfType("actions").SelectMany(block => block["elements"]!.AsArray())
            .Concat(blocks.OfType("section").Select(block => block["accessory"]).Where(accessory => accessory is not null))
            .ToArray()!;

    public static JsonNode Button(this JsonArray blocks, string actionId) => blocks.Buttons().Single(button => (string?)button["action_id"] == actionId);

    /// <summary>The section fields as label → value (<c>*Label*\nvalue</c>).</summary>
    public static Dictionary<string, string> Fields(this JsonArray blocks) =>
        blocks.OfType("section").Where(block => block["fields"] is not null).SelectMany(block => block["fields"]!.AsArray())
            .Select(field =>
            {
                Assert.Equal("mrkdwn", (string?)field!["type"]);
                var text = (string)field["text"]!;
                var split = text.IndexOf('\n');
                return (Label: text[..split].Trim('*'), Value: text[(split + 1)..]);
            })
            .ToDictionary(field => field.Label, field => field.Value);

    /// <summary>All text a reader sees in the blocks, in order.</summary>
    public static string AllText(this JsonArray blocks) =>
        string.Join('\n', blocks.SelectMany(TextsOf));

    private static IEnumerable<string> TextsOf(JsonNode? node) => node switch
    {
        JsonObject obj when obj["text"] is JsonValue value && value.TryGetValue<string>(out var text) => [text],
        JsonObject obj => obj.SelectMany(property => TextsOf(property.Value)),
        JsonArray array => array.SelectMany(TextsOf),
        _ => [],
    };
}
