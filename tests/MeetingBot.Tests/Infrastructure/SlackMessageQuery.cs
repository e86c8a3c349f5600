using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>Reads what a test needs out of a Block Kit message the bot sent.</summary>
public static class SlackMessageQuery
{
    /// <summary>Every button in the message's blocks (actions blocks and accessories), in order.</summary>
    public static IReadOnlyList<JsonObject> Buttons(JsonObject? message) =>
        Descendants(message?["blocks"]).Where(node => (string?)node["type"] == "button").ToArray();

    public static JsonObject? Button(JsonObject? message, string actionId) =>
        Buttons(message).FirstOrDefault(button => (string?)button["action_id"] == actionId);

    /// <summary>All text of the message's blocks and its fallback, joined: for "says …" assertions.</summary>
    public static string AllText(JsonObject? message) =>
        string.Join("\n", Descendants(message).Select(node => node["text"]).OfType<JsonValue>().Select(value => value.ToString()));

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Descendants(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var inner in Descendants(child))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
