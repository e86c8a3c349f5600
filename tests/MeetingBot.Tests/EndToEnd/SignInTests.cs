using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// Signing in to TrueConf end to end: the card's button → the bot's start address → the simulator's sign-in page
/// over real HTTP → the bot's callback with the code → the link is stored, confirmed in the chat, and owns meetings.
/// </summary>
public sealed class SignInTests
{
    private const string PatId = "29:pat";
    private const string PatName = "Pat Unknown";

    [Theory]
    [InlineData("v3.8")]
    [InlineData("v4")]
    public async Task Signing_in_links_the_account_confirms_it_in_the_chat_and_the_next_meeting_is_owned_by_it(string apiVersion)
    {
        await using var bot = await StartAsync(new() { ["TrueConf:ApiVersion"] = apiVersion });
        using var browser = Browser(bot);

        var signInUrl = await AskForSignInAsync(bot, "sign in");
        using var start = await browser.GetAsync(signInUrl);
        var authorize = start.Headers.Location!;
        var callback = await SimulatorBrowser.SignInAsync(authorize.ToString(), "helen");
        using var landed = await browser.GetAsync(callback.PathAndQuery);
        var page = await landed.Content.ReadAsStringAsync();
        var confirmation = await bot.Connector.NextMessageAsync();
        await bot.SendAsync(bot.Message("start meeting", fromId: PatId, fromName: PatName));
        await bot.Connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.StartsWith(bot.Simulator.BaseUrl + "/oauth2/authorize?", authorize.ToString());
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.Equal("http://localhost/auth/trueconf/callback", query["redirect_uri"].ToString());
        Assert.False(query.ContainsKey("code_verifier"));
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Contains("You are linked as Helen Carter", page);
        Assert.Contains("signed in to TrueConf as **Helen Carter** (helen)", confirmation.Text);
        Assert.EndsWith("/activities", confirmation.Path);
        Assert.Equal("helen", Assert.Single(bot.TrueConf.Conferences).OwnerId);
    }

    [Fact]
    public async Task A_callback_replayed_with_the_same_state_is_refused()
    {
        await using var bot = await StartAsync();
        using var browser = Browser(bot);
        var callback = await SignInThroughTheSimulatorAsync(bot, browser, "helen");
        using var first = await browser.GetAsync(callback.PathAndQuery);
        await bot.Connector.NextMessageAsync();

        using var replayed = await browser.GetAsync(callback.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_made_up_state_neither_starts_nor_finishes_a_sign_in()
    {
        await using var bot = await StartAsync();
        using var browser = Browser(bot);
        var callback = await SignInThroughTheSimulatorAsync(bot, browser, "helen");
        var query = QueryHelpers.ParseQuery(callback.Query);
        var forged = QueryHelpers.AddQueryString("/auth/trueconf/callback", new Dictionary<string, string?> { ["code"] = query["code"], ["state"] = "made-up" });

        using var start = await browser.GetAsync("/auth/trueconf/start?state=made-up");
        using var finish = await browser.GetAsync(forged);
        await bot.SendAsync(bot.Message("start meeting", fromId: PatId, fromName: PatName));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.BadRequest, start.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, finish.StatusCode);
        Assert.Contains("sign in", reply.Text);
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task An_unproven_self_link_answers_with_a_sign_in_button()
    {
        await using var bot = await StartAsync();

        var signInUrl = await AskForSignInAsync(bot, "my trueconf id is helen");

        Assert.StartsWith("http://localhost/auth/trueconf/start?state=", signInUrl);
    }

    [Fact]
    public async Task A_sign_in_link_still_works_after_the_bot_restarts()
    {
        var database = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        string signInUrl;
        await using (var first = await StartAsync(databasePath: database))
        {
            signInUrl = await AskForSignInAsync(first, "sign in");
        }

        await using var second = await StartAsync(databasePath: database);
        using var browser = Browser(second);
        using var start = await browser.GetAsync(signInUrl);
        var callback = await SimulatorBrowser.SignInAsync(start.Headers.Location!.ToString(), "dean");
        using var landed = await browser.GetAsync(callback.PathAndQuery);

        // The first run's chat connector is gone: its confirmation waits in the outbox for a retry (and holds back
        // that conversation's later replies, in order), but the link is made. A command from another chat shows it.
        var elsewhere = second.Message("start meeting", fromId: PatId, fromName: PatName);
        elsewhere["conversation"]!["id"] = "a:1on1-with-pat";
        await second.SendAsync(elsewhere);
        await second.Connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Equal("dean", Assert.Single(second.TrueConf.Conferences).OwnerId);
    }

    [Fact]
    public async Task Sign_in_needs_the_bots_public_address()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHarness.StartAsync(new() { ["TrueConf:UserSignIn"] = "true" }));

        Assert.Contains("MeetingBot:PublicUrl is required when TrueConf:UserSignIn is on", error.ToString());
    }

    private static Task<BotHarness> StartAsync(Dictionary<string, string?>? settings = null, string? databasePath = null)
    {
        var all = new Dictionary<string, string?> { ["TrueConf:UserSignIn"] = "true", ["MeetingBot:PublicUrl"] = "http://localhost" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return BotHarness.StartAsync(all, databasePath: databasePath);
    }

    private static HttpClient Browser(BotHarness bot) => bot.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Sends <paramref name="text"/> as Pat and returns the sign-in card's button address (the card checked against the schema).</summary>
    private static async Task<string> AskForSignInAsync(BotHarness bot, string text)
    {
        await bot.SendAsync(bot.Message(text, fromId: PatId, fromName: PatName));
        var card = (await bot.Connector.NextMessageAsync()).Card!;
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(card.ToJsonString()));
        var button = card["actions"]!.AsArray().Single()!;
        Assert.Equal("Action.OpenUrl", (string?)button["type"]);
        return (string)button["url"]!;
    }

    private static async Task<Uri> SignInThroughTheSimulatorAsync(BotHarness bot, HttpClient browser, string login)
    {
        using var start = await browser.GetAsync(await AskForSignInAsync(bot, "sign in"));
        return await SimulatorBrowser.SignInAsync(start.Headers.Location!.ToString(), login);
    }
}
