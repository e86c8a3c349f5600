using System.Text.Json.Nodes;
using MeetingBot.Slack.SocketMode;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Slack.SocketMode;

/// <summary>Without an app-level token there is no socket: Slack over HTTP (or no Slack) opens none and reports none.</summary>
public sealed class SocketModeOffTests
{
    [Fact]
    public async Task Slack_over_http_opens_no_socket_and_readiness_has_no_socket_check()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await BotHarness.StartAsync(new()
        {
            ["Slack:SigningSecret"] = "0123456789abcdef0123456789abcdef",
            ["Slack:BotToken"] = slack.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        }, SocketModeBot.WithSlack(new RecordingSlackHandler()));

        Assert.True(await slack.StaysQuietAsync("apps.connections.open", TimeSpan.FromSeconds(1)));
        var readiness = JsonNode.Parse(await bot.App.CreateClient().GetStringAsync("/readyz"))!;
        Assert.DoesNotContain(readiness["checks"]!.AsArray(), check => (string?)check!["name"] == SocketModeHealthCheck.Name);
        Assert.DoesNotContain(bot.App.Logs.Lines, line => line.Contains("SocketMode", StringComparison.Ordinal));
    }
}
