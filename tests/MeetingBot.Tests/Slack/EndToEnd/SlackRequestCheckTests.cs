using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Slack.EndToEnd;

/// <summary>Every Slack request is checked before anything happens: signature, age, replay, shape, size.</summary>
public sealed class SlackRequestCheckTests
{
    private const string Form = "application/x-www-form-urlencoded";

    public static TheoryData<string> Rejections => new() { "unsigned", "wrong secret", "tampered", "stale", "future", "replayed" };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task A_request_Slack_did_not_sign_just_now_is_refused_with_401_and_starts_nothing(string how)
    {
        await using var bot = await SlackHarness.StartAsync();
        var body = bot.CommandForm("with dean", "refused");
        if (how == "replayed")
        {
            Assert.Equal(HttpStatusCode.OK, (await bot.PostSignedAsync("/slack/commands", body, Form)).StatusCode);
            await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: TimeSpan.FromSeconds(30));
        }

        var response = how switch
        {
            "unsigned" => await bot.App.CreateClient().PostAsync("/slack/commands", new StringContent(body, System.Text.Encoding.UTF8, Form)),
            "wrong secret" => await bot.PostSignedAsync("/slack/commands", body, Form, secret: "not-the-signing-secret"),
            "tampered" => await TamperedAsync(bot, body),
            "stale" => await bot.PostSignedAsync("/slack/commands", body, Form, at: DateTimeOffset.UtcNow.AddMinutes(-6)),
            "future" => await bot.PostSignedAsync("/slack/commands", body, Form, at: DateTimeOffset.UtcNow.AddMinutes(6)),
            _ => await ReplayAsync(bot, body),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(500);
        Assert.Equal(how == "replayed" ? 1 : 0, bot.TrueConf.Conferences.Count);
        Assert.Contains("Rejected a request to /slack/commands", bot.App.Logs.All);
    }

    [Fact]
    public async Task Slack_checking_the_URL_gets_its_challenge_back_once_the_request_is_verified()
    {
        await using var bot = await SlackHarness.StartAsync();
        var body = new JsonObject { ["token"] = "legacy", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" };

        var verified = await bot.PostSignedAsync("/slack/events", body.ToJsonString(), "application/json");
        var unsigned = await bot.App.CreateClient().PostAsync("/slack/events", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)JsonNode.Parse(await verified.Content.ReadAsStringAsync())!["challenge"]);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Theory]
    [InlineData("/slack/commands", "team_id=T0AAA&user_id=U0ALEX&text=with+dean", Form)]
    [InlineData("/slack/events", "{not json", "application/json")]
    [InlineData("/slack/events", "{\"event_id\":\"Ev1\"}", "application/json")]
    [InlineData("/slack/interactivity", "payload=%7Bnot+json", Form)]
    [InlineData("/slack/interactivity", "nothing=here", Form)]
    public async Task A_signed_request_that_does_not_read_is_answered_400(string path, string body, string contentType)
    {
        await using var bot = await SlackHarness.StartAsync();

        var response = await bot.PostSignedAsync(path, body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task An_oversized_request_is_answered_413()
    {
        await using var bot = await SlackHarness.StartAsync();
        var body = bot.CommandForm(new string('x', 200_000), "big");

        var response = await bot.PostSignedAsync("/slack/commands", body, Form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Without_Slack_settings_the_Slack_endpoints_do_not_exist()
    {
        await using var bot = await BotHarness.StartAsync();

        var response = await bot.App.CreateClient().PostAsync("/slack/commands", new StringContent("ssl_check=1", System.Text.Encoding.UTF8, Form));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> TamperedAsync(SlackHarness bot, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(body, System.Text.Encoding.UTF8, Form) };
        await SlackSigner.SignAsync(request, SlackHarness.SigningSecret);
        request.Content = new StringContent(body.Replace("with+dean", "with+kevin", StringComparison.Ordinal), System.Text.Encoding.UTF8, Form);
        return await bot.App.CreateClient().SendAsync(request);
    }

    private static async Task<HttpResponseMessage> ReplayAsync(SlackHarness bot, string body)
    {
        // The exact request again, same timestamp and signature, as someone who captured it would send it.
        var (timestamp, signature) = SlackSigner.Sign(SlackHarness.SigningSecret, bot.LastSignedAt!.Value, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(body, System.Text.Encoding.UTF8, Form) };
        request.Headers.Add(SlackSigner.TimestampHeader, timestamp);
        request.Headers.Add(SlackSigner.SignatureHeader, signature);
        return await bot.App.CreateClient().SendAsync(request);
    }
}
