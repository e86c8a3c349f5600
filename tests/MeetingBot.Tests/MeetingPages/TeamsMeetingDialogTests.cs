using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Conferencing;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.MeetingPages;

/// <summary>
/// The card's "open here" button in Teams: an <c>invoke</c> <c>task/fetch</c> carrying the button's data, answered
/// inline with a dialog showing the meeting page for the clicker.
/// </summary>
public sealed class TeamsMeetingDialogTests
{
    private const string ConferenceId = "65a1b2c3d4e5f60718293a4b";
    private const string MeetingRef = "msteams|19:7ab0c1@thread.tacv2;messageid=1791000000001|1791000000050";

    [Fact]
    public async Task Open_here_answers_a_large_dialog_with_the_meeting_page_for_the_clicker()
    {
        var issuer = new RecordingLinkIssuer();
        await using var bot = await StartAsync(issuer, publicUrl: "https://bot.example.test");

        var response = await bot.SendAsync(OpenHere(bot, MeetingRef, "29:kevin", "Kevin Smith"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["task"], body.Select(field => field.Key).ToArray());
        Assert.Equal("continue", (string?)body["task"]!["type"]);
        var dialog = body["task"]!["value"]!.AsObject();
        Assert.Equal(["fallbackUrl", "height", "title", "url", "width"], dialog.Select(field => field.Key).Order().ToArray());
        Assert.Equal("Weekly sync", (string?)dialog["title"]);
        Assert.Equal("large", (string?)dialog["height"]);
        Assert.Equal("large", (string?)dialog["width"]);
        var url = new Uri((string)dialog["url"]!);
        Assert.Equal((string?)dialog["url"], (string?)dialog["fallbackUrl"]);
        Assert.Equal("https://bot.example.test/meet/" + ConferenceId, url.GetLeftPart(UriPartial.Path));
        Assert.StartsWith("?t=", url.Query, StringComparison.Ordinal);

        // The link is the clicker's: the page it opens mints a personal link for Kevin, not for whoever else.
        var page = await bot.App.CreateClient().GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var minted = Assert.Single(issuer.Requests);
        Assert.Equal(("29:kevin", "Kevin Smith", false), (minted.PersonId, minted.DisplayName, minted.AsModerator));
        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(200)), "the dialog wrote into the chat");
    }

    [Fact]
    public async Task Without_a_public_address_the_dialog_says_why_instead()
    {
        await using var bot = await StartAsync(new RecordingLinkIssuer(), publicUrl: "");

        var body = await AnswerAsync(bot, OpenHere(bot, MeetingRef, "29:kevin", "Kevin Smith"));

        Assert.Equal("message", (string?)body["task"]!["type"]);
        Assert.Contains("MeetingBot:PublicUrl", (string?)body["task"]!["value"]);
    }

    [Theory]
    [InlineData("unknown meeting", "no longer know this meeting")]
    [InlineData("ended meeting", "has already ended")]
    [InlineData("other verb", "")]
    public async Task A_meeting_that_cannot_be_opened_gets_a_message_not_a_dialog(string situation, string expected)
    {
        await using var bot = await StartAsync(new RecordingLinkIssuer(), publicUrl: "https://bot.example.test");
        var invoke = OpenHere(bot, situation == "unknown meeting" ? "msteams|nowhere|1" : MeetingRef, "29:kevin", "Kevin Smith");
        if (situation == "ended meeting")
        {
            await bot.App.Services.GetRequiredService<IMeetingStore>()
                .UpdateLiveStateAsync(MeetingRef, MeetingState.Ended, DateTimeOffset.UtcNow, 0, DateTimeOffset.UtcNow, CancellationToken.None);
        }
        else if (situation == "other verb")
        {
            invoke["value"]!["data"]!["verb"] = "meeting.fly";
        }

        var body = await AnswerAsync(bot, invoke);

        Assert.Equal("message", (string?)body["task"]!["type"]);
        Assert.Contains(expected, (string?)body["task"]!["value"]);
    }

    [Fact]
    public async Task On_a_backend_without_personal_links_there_is_no_dialog_and_no_meeting_page()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["MeetingBot:PublicUrl"] = "https://bot.example.test" });
        await AddMeetingAsync(bot);

        var response = await bot.SendAsync(OpenHere(bot, MeetingRef, "29:kevin", "Kevin Smith"));
        var page = await bot.App.CreateClient().GetAsync("/meet/" + ConferenceId + "?t=anything");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    private static async Task<BotHarness> StartAsync(RecordingLinkIssuer issuer, string publicUrl)
    {
        var bot = await BotHarness.StartAsync(
            new() { ["MeetingBot:PublicUrl"] = publicUrl },
            services => services.AddSingleton<IPersonalLinkIssuer>(issuer));
        await AddMeetingAsync(bot);
        return bot;
    }

    private static Task AddMeetingAsync(BotHarness bot) =>
        bot.App.Services.GetRequiredService<IMeetingStore>().TryAddAsync(
            new MeetingRecord(
                ConferenceId, "TrueConf", "Weekly sync", TestActivities.AlexId, ["29:kevin"], "https://rooms.example.test/room/r1", null,
                "msteams", TestActivities.ConversationId, TestActivities.AlexId, MeetingRef, DateTimeOffset.UtcNow, ServiceAddress: bot.Connector.ServiceUrl),
            CancellationToken.None);

    private static async Task<JsonObject> AnswerAsync(BotHarness bot, JsonObject invoke)
    {
        var response = await bot.SendAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>What Teams posts when the card's <c>Action.Submit</c> with <c>msteams.type = task/fetch</c> is clicked.</summary>
    private static JsonObject OpenHere(BotHarness bot, string meetingRef, string fromId, string fromName) => new()
    {
        ["type"] = "invoke",
        ["name"] = "task/fetch",
        ["id"] = "f:" + TestActivities.NewId(),
        ["channelId"] = "msteams",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = bot.Connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = fromName },
        ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = TestActivities.BotName },
        ["conversation"] = new JsonObject { ["id"] = TestActivities.ConversationId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1" },
        ["value"] = new JsonObject
        {
            ["type"] = "task/fetch",
            ["data"] = new JsonObject
            {
                ["msteams"] = new JsonObject { ["type"] = "task/fetch" },
                ["verb"] = "meeting.open",
                ["meeting"] = meetingRef,
            },
            ["context"] = new JsonObject { ["theme"] = "default" },
        },
    };
}
