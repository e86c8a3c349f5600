using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Operations;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Liveness_answers_json_without_touching_trueconf()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["TrueConf:ServerUrl"] = "http://127.0.0.1:9" });

        var response = await bot.App.CreateClient().GetAsync("/healthz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Equal(["process"], body["checks"]!.AsArray().Select(c => (string)c!["name"]!).ToArray());
    }

    [Fact]
    public async Task Readiness_checks_that_a_token_can_be_had_and_the_store_takes_writes()
    {
        await using var bot = await BotHarness.StartAsync();

        var response = await bot.App.CreateClient().GetAsync("/readyz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = body["checks"]!.AsArray().ToDictionary(c => (string)c!["name"]!, c => (string)c!["status"]!);
        Assert.Equal("Healthy", checks["trueconf"]);
        Assert.Equal("Healthy", checks["storage"]);
        Assert.Equal(1, bot.TrueConf.TokenRequestCount);
    }

    [Fact]
    public async Task Readiness_fails_with_503_naming_trueconf_when_it_is_down()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["TrueConf:ServerUrl"] = "http://127.0.0.1:9" });

        var response = await bot.App.CreateClient().GetAsync("/readyz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var trueConf = body["checks"]!.AsArray().Single(c => (string?)c!["name"] == "trueconf")!;
        Assert.Equal("Unhealthy", (string?)trueConf["status"]);
        Assert.Contains("Unreachable", (string?)trueConf["description"]);
    }

    [Fact]
    public async Task Readiness_fails_when_trueconf_refuses_the_credentials()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["TrueConf:ClientSecret"] = "wrong" });

        var response = await bot.App.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("CredentialsRejected", await response.Content.ReadAsStringAsync());
    }
}
