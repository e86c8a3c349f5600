using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.Tests.PersonalLinks;

namespace MeetingBot.Tests.MeetingPages;

/// <summary>
/// The whole way in Teams on a personal-link backend: the meeting card's "Open in Teams" button, clicked by an invitee,
/// opens a dialog whose page mints a link for that invitee.
/// </summary>
public sealed class OpenHereFromCardTests
{
    [Fact]
    public async Task The_cards_open_in_Teams_button_opens_the_meeting_page_for_the_clicker()
    {
        var (bot, backend) = await PersonalLinkTeamsHarness.StartAsync(new() { ["MeetingBot:PublicUrl"] = "https://bot.example.test" });
        await using var _ = bot;
        var meeting = await MeetingOnCard.StartAsync(bot);
        await PersonalLinkTeamsHarness.PersonalMessagesAsync(bot, PersonalLinkTeamsHarness.KevinId);
        var mintedBefore = backend.LinksFor(PersonalLinkTeamsHarness.KevinId).Count;

        var card = bot.Connector.Calls.Single(call => call.ReturnedId == meeting.CardMessageId).Card!;
        var openHere = PersonalLinkTeamsHarness.ActionTitled(card, "Open in Teams");
        Assert.Equal("Action.Submit", (string?)openHere["type"]);
        var invoke = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "task/fetch",
            ["id"] = "f:" + TestActivities.NewId(),
            ["channelId"] = "msteams",
            ["serviceUrl"] = bot.Connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = PersonalLinkTeamsHarness.KevinId, ["name"] = "Kevin Smith" },
            ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = TestActivities.BotName },
            ["conversation"] = new JsonObject { ["id"] = TestActivities.ConversationId, ["conversationType"] = "channel", ["tenantId"] = "tenant-1" },
            ["value"] = new JsonObject { ["type"] = "task/fetch", ["data"] = openHere["data"]!.DeepClone() },
        };

        var response = await bot.SendAsync(invoke);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("continue", (string?)body["task"]!["type"]);
        var page = new Uri((string)body["task"]!["value"]!["url"]!);
        Assert.Equal("bot.example.test", page.Host);

        var opened = await bot.App.CreateClient().GetAsync(page.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var links = backend.LinksFor(PersonalLinkTeamsHarness.KevinId);
        Assert.Equal(mintedBefore + 1, links.Count);
        Assert.False(links[^1].Request.AsModerator);
        Assert.Contains(links[^1].Link.Url.Replace("&", "&amp;", StringComparison.Ordinal), await opened.Content.ReadAsStringAsync());
    }
}
