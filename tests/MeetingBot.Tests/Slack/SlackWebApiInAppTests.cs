using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Slack;
using MeetingBot.Slack.Api;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Slack;

/// <summary>The Slack Web API services inside the real bot: start-up validation and the <c>/readyz</c> check.</summary>
public sealed class SlackWebApiInAppTests
{
    [Fact]
    public async Task A_half_slack_configuration_stops_the_bot_naming_the_missing_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            BotHarness.StartAsync(new() { ["Slack:SigningSecret"] = "0123456789abcdef0123456789abcdef" }, WithSlackWebApi));

        Assert.Contains("Slack:BotToken is required for Slack over HTTP", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_shows_slack_degraded_while_slack_rejects_the_bot_token()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var bot = await BotHarness.StartAsync(new()
        {
            ["Slack:SigningSecret"] = "0123456789abcdef0123456789abcdef",
            ["Slack:BotToken"] = "xoxb-revoked-long-ago",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        }, WithSlackWebApi);
        var client = bot.App.Services.GetRequiredService<SlackWebApiClient>();

        var before = await ReadinessAsync(bot);
        await Assert.ThrowsAsync<SlackApiException>(() => client.GetIdentityAsync(CancellationToken.None));
        var after = await ReadinessAsync(bot);

        Assert.Equal("Healthy", before.Checks["slack"]);
        Assert.Equal((HttpStatusCode.OK, "Degraded"), (after.Status, after.Checks["slack"]));
        Assert.Contains("invalid_auth", after.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-revoked-long-ago", bot.App.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_slack_off_readiness_has_no_slack_check()
    {
        await using var bot = await BotHarness.StartAsync(services: WithSlackWebApi);

        var readiness = await ReadinessAsync(bot);

        Assert.DoesNotContain("slack", readiness.Checks.Keys);
    }

    /// <summary>Adds the Slack Web API unless the bot already does (Program.cs wires it once Slack is integrated).</summary>
    private static void WithSlackWebApi(IServiceCollection services)
    {
        if (!services.Any(service => service.ServiceType == typeof(SlackWebApiClient)))
        {
            services.AddSlackWebApi();
        }
    }

    private static async Task<(HttpStatusCode Status, Dictionary<string, string> Checks, string Body)> ReadinessAsync(BotHarness bot)
    {
        var response = await bot.App.CreateClient().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();
        var checks = JsonNode.Parse(body)!["checks"]!.AsArray().ToDictionary(check => (string)check!["name"]!, check => (string)check!["status"]!);
        return (response.StatusCode, checks, body);
    }
}
