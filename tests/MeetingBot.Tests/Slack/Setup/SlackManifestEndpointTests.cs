using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Slack.Setup;

/// <summary>
/// The HTTP manifest's request URLs are paths the bot serves, so the app an admin creates from it reaches the bot:
/// each one exists (an unsigned request is refused, not unknown) and Slack's URL check on the events URL passes.
/// </summary>
public sealed class SlackManifestEndpointTests
{
    private const string SigningSecret = "manifest-test-signing-secret";

    [Fact]
    public async Task Every_request_url_of_the_http_manifest_is_served_by_the_bot_with_slack_configured()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = FakeSlackApi.DefaultBotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        });
        var client = bot.App.CreateClient();

        foreach (var path in ManifestPaths())
        {
            using var unsigned = await client.PostAsync(path, new StringContent("", Encoding.UTF8, "application/x-www-form-urlencoded"));
            Assert.True(unsigned.StatusCode == HttpStatusCode.Unauthorized, $"POST {path} unsigned answered {(int)unsigned.StatusCode}, not 401.");
        }

        var events = Assert.Single(ManifestPaths(), path => path.EndsWith("/events", StringComparison.Ordinal));
        using var check = new HttpRequestMessage(HttpMethod.Post, events)
        {
            Content = new StringContent("""{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", Encoding.UTF8, "application/json"),
        };
        await SlackSigner.SignAsync(check, SigningSecret);
        using var answer = await client.SendAsync(check);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_slack_configured_none_of_them_exists()
    {
        await using var bot = await BotHarness.StartAsync();
        var client = bot.App.CreateClient();

        foreach (var path in ManifestPaths())
        {
            using var answer = await client.PostAsync(path, new StringContent("", Encoding.UTF8, "application/x-www-form-urlencoded"));
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }
    }

    /// <summary>The paths of the slash command, events and interactivity URLs in manifest/slack/manifest.yml.</summary>
    private static string[] ManifestPaths()
    {
        var manifest = SlackManifest.Load(SlackManifest.HttpFile);
        JsonNode?[] urls =
        [
            manifest["features"]!["slash_commands"]![0]!["url"],
            manifest["settings"]!["event_subscriptions"]!["request_url"],
            manifest["settings"]!["interactivity"]!["request_url"],
        ];
        return urls.Select(url => new Uri((string)url!).AbsolutePath).ToArray();
    }
}
