using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Slack.SocketMode;

/// <summary>Payloads as Slack puts them into Socket Mode envelopes: the HTTP bodies, commands as a JSON object of the form's fields.</summary>
internal static class SocketModePayloads
{
    public static JsonObject SlashCommand(string text = "with <@U0DDD|dean> and kevin") => new()
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = "T0AAA",
        ["team_domain"] = "acme",
        ["channel_id"] = "C0BBB",
        ["channel_name"] = "general",
        ["user_id"] = "U0CCC",
        ["user_name"] = "ann",
        ["command"] = "/meet",
        ["text"] = text,
        ["api_app_id"] = "A0EEE",
        ["is_enterprise_install"] = "false",
        ["response_url"] = "https://hooks.slack.example/commands/T0AAA/1/abc",
        ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
    };

    public static JsonObject AppMention() => new()
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = "T0AAA",
        ["api_app_id"] = "A0EEE",
        ["type"] = "event_callback",
        ["event_id"] = "Ev0ABC",
        ["event_time"] = 1767225600,
        ["event"] = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = "U0CCC",
            ["text"] = "<@U0BOT> start meeting with dean",
            ["ts"] = "1767225600.000100",
            ["channel"] = "C0BBB",
            ["event_ts"] = "1767225600.000100",
        },
    };

    public static JsonObject StopButton() => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = "U0CCC", ["username"] = "ann" },
        ["team"] = new JsonObject { ["id"] = "T0AAA", ["domain"] = "acme" },
        ["api_app_id"] = "A0EEE",
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1767225601.000200", ["channel_id"] = "C0BBB", ["is_ephemeral"] = false },
        ["channel"] = new JsonObject { ["id"] = "C0BBB", ["name"] = "general" },
        ["response_url"] = "https://hooks.slack.example/actions/T0AAA/2/def",
        ["trigger_id"] = "13345224609.738474920.8088930838d88f008e1",
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button", ["action_id"] = "meeting_end", ["block_id"] = "mtg", ["value"] = "mtg_42", ["action_ts"] = "1767225650.123456",
        }),
    };
}
