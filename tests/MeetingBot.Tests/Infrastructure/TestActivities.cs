using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>Teams activities shaped like the ones the Bot Connector posts (reference §2.7).</summary>
public static class TestActivities
{
    public const string BotId = "28:meetingbot-app-id";
    public const string BotName = "MeetingBot";
    public const string AlexId = "29:alex-aad";
    public const string ConversationId = "19:7ab0c1@thread.tacv2;messageid=1791000000001";

    private static long _nextId = 1791000000100;

    public static string NewId() => Interlocked.Increment(ref _nextId).ToString();

    /// <summary><c>&lt;at&gt;MeetingBot&lt;/at&gt; {text}</c> in a team channel, with the bot's mention entity.</summary>
    public static JsonObject ChannelMessage(string serviceUrl, string text, string fromId = AlexId, string fromName = "Alex Wilber", params (string Id, string Name)[] mentions)
    {
        var entities = new JsonArray
        {
            new JsonObject { ["type"] = "mention", ["text"] = $"<at>{BotName}</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName } },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["platform"] = "Web" },
        };
        foreach (var (id, name) in mentions)
        {
            entities.Add(new JsonObject { ["type"] = "mention", ["text"] = $"<at>{name}</at>", ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name } });
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = NewId(),
            ["channelId"] = "msteams",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = fromId, ["name"] = fromName, ["aadObjectId"] = "00000000-0000-0000-0000-0000000000a1" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1" },
            ["text"] = $"<at>{BotName}</at> {text}",
            ["entities"] = entities,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
    }
}
