using System.Text.Json.Nodes;
using MeetingBot.Tests.Deployment;

namespace MeetingBot.Tests.Slack.Setup;

/// <summary>What the Slack app asks for: the /meet command, the events and clicks the bot handles, the scopes it needs.</summary>
public class SlackManifestTests
{
    private static readonly string[] BotScopes =
    [
        "commands", "chat:write", "chat:write.public", "users:read", "users:read.email", "im:write", "im:history",
        "app_mentions:read", "channels:read", "groups:read", "calls:write", "calls:read",
    ];

    private static readonly string[] BotEvents = ["app_mention", "message.im", "app_home_opened", "app_uninstalled", "tokens_revoked"];

    public static TheoryData<string> Files => new(SlackManifest.HttpFile, SlackManifest.SocketModeFile);

    [Theory]
    [MemberData(nameof(Files))]
    public void Meet_is_the_one_slash_command_escaped_described_and_hinted(string file)
    {
        var command = Assert.Single(Features(file)["slash_commands"]!.AsArray())!;

        Assert.Equal("/meet", (string?)command["command"]);
        Assert.True((bool?)command["should_escape"], "should_escape: mentions must arrive as <@U…> ids, not names");
        Assert.False(string.IsNullOrWhiteSpace((string?)command["description"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)command["usage_hint"]));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void App_home_shows_the_home_tab_and_takes_direct_messages(string file)
    {
        var home = Features(file)["app_home"]!;

        Assert.True((bool?)home["home_tab_enabled"], "home_tab_enabled");
        Assert.True((bool?)home["messages_tab_enabled"], "messages_tab_enabled");
        Assert.False((bool?)home["messages_tab_read_only_enabled"], "messages_tab_read_only_enabled: people type commands there");
        Assert.Equal("MeetingBot", (string?)Features(file)["bot_user"]!["display_name"]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Bot_asks_for_exactly_the_scopes_and_events_it_uses(string file)
    {
        var manifest = SlackManifest.Load(file);

        Assert.Equal(BotScopes.Order(), Strings(manifest["oauth_config"]!["scopes"]!["bot"]).Order());
        Assert.Null(manifest["oauth_config"]!["scopes"]!["user"]);
        Assert.Equal(BotEvents.Order(), Strings(manifest["settings"]!["event_subscriptions"]!["bot_events"]).Order());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Interactivity_is_on_and_tokens_do_not_rotate(string file)
    {
        var settings = SlackManifest.Load(file)["settings"]!;

        Assert.True((bool?)settings["interactivity"]!["is_enabled"], "interactivity");
        // Rotation would expire the bot token every 12 hours; the bot keeps one token from its configuration.
        Assert.False((bool?)settings["token_rotation_enabled"], "token_rotation_enabled");
    }

    [Fact]
    public void Http_app_sends_each_kind_of_request_to_its_endpoint_on_the_placeholder_host()
    {
        var manifest = SlackManifest.Load(SlackManifest.HttpFile);

        Assert.False((bool?)manifest["settings"]!["socket_mode_enabled"]);
        Assert.Equal(
            [
                "https://meetingbot.contoso.com/slack/commands",
                "https://meetingbot.contoso.com/slack/events",
                "https://meetingbot.contoso.com/slack/interactivity",
            ],
            RequestUrls(manifest));
    }

    [Fact]
    public void Socket_mode_app_names_no_request_url()
    {
        var manifest = SlackManifest.Load(SlackManifest.SocketModeFile);

        Assert.True((bool?)manifest["settings"]!["socket_mode_enabled"]);
        Assert.Empty(RequestUrls(manifest));
    }

    /// <summary>Two files, one app: whatever is added to one must be added to the other.</summary>
    [Fact]
    public void The_two_variants_differ_only_in_request_urls_and_socket_mode()
    {
        Assert.True(
            JsonNode.DeepEquals(WithoutTransport(SlackManifest.Load(SlackManifest.HttpFile)), WithoutTransport(SlackManifest.Load(SlackManifest.SocketModeFile))),
            "manifest.yml and manifest.socket-mode.yml differ in more than the request URLs and socket_mode_enabled.");
    }

    /// <summary>The README tells the admin which host to replace; it must be the one the manifest names.</summary>
    [Fact]
    public void Readme_says_to_replace_the_placeholder_host_and_names_both_manifests()
    {
        var readme = File.ReadAllText(RepoPaths.Full("README.md"));

        Assert.Contains(SlackManifest.PlaceholderHost, readme, StringComparison.Ordinal);
        Assert.Contains(SlackManifest.HttpFile, readme, StringComparison.Ordinal);
        Assert.Contains(SlackManifest.SocketModeFile, readme, StringComparison.Ordinal);
    }

    private static JsonNode Features(string file) => SlackManifest.Load(file)["features"]!;

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(item => (string)item!);

    private static string[] RequestUrls(JsonObject manifest) =>
    [
        .. manifest["features"]!["slash_commands"]!.AsArray().Select(command => (string?)command!["url"]).OfType<string>(),
        .. new[] { (string?)manifest["settings"]!["event_subscriptions"]!["request_url"], (string?)manifest["settings"]!["interactivity"]!["request_url"] }
            .OfType<string>(),
    ];

    private static JsonObject WithoutTransport(JsonObject manifest)
    {
        foreach (var command in manifest["features"]!["slash_commands"]!.AsArray())
        {
            command!.AsObject().Remove("url");
        }

        var settings = manifest["settings"]!.AsObject();
        settings.Remove("socket_mode_enabled");
        settings["event_subscriptions"]!.AsObject().Remove("request_url");
        settings["interactivity"]!.AsObject().Remove("request_url");
        return manifest;
    }
}
