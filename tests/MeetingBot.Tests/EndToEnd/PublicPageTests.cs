using System.Net;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.Tests.TeamsPackage;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>The website, privacy and terms links of the Teams app's manifest open pages the bot serves.</summary>
public sealed class PublicPageTests
{
    [Theory]
    [InlineData("websiteUrl", "<title>MeetingBot</title>")]
    [InlineData("privacyUrl", "<title>MeetingBot privacy</title>")]
    [InlineData("termsOfUseUrl", "<title>MeetingBot terms of use</title>")]
    public async Task Every_page_the_manifest_links_to_is_served(string manifestKey, string title)
    {
        await using var bot = await BotHarness.StartAsync();
        var link = new Uri((string)TestManifest.Filled()["developer"]![manifestKey]!);

        var response = await bot.App.CreateClient().GetAsync(link.PathAndQuery);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(TestManifest.BotHost, link.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains(title, page);
    }
}
