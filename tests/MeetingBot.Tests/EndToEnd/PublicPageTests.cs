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

    [Theory]
    [InlineData("/", "ru-RU,ru;q=0.9,en;q=0.8", "ru", "<h1>MeetingBot</h1>", "<code>начать встречу с Еленой</code>")]
    [InlineData("/privacy", "ru", "ru", "<h1>MeetingBot: конфиденциальность</h1>", "<h2>Какие данные бот хранит</h2>")]
    [InlineData("/terms", "de-DE, ru;q=0.5", "ru", "<h1>MeetingBot: условия использования</h1>", "«как есть»")]
    [InlineData("/privacy", "en-GB, ru;q=0.5", "en", "<h1>MeetingBot privacy</h1>", "<h2>What it keeps</h2>")]
    [InlineData("/terms", null, "en", "<h1>MeetingBot terms of use</h1>", "as is, without warranty")]
    public async Task A_page_is_in_the_browser_language_else_the_default(string path, string? acceptLanguage, string lang, string heading, string text)
    {
        await using var bot = await BotHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var page = await (await bot.App.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains($"<html lang=\"{lang}\">", page);
        Assert.Contains(heading, page);
        Assert.Contains(text, page);
    }

    [Fact]
    public async Task A_page_escapes_its_texts_markup()
    {
        await using var bot = await BotHarness.StartAsync();

        var page = await bot.App.CreateClient().GetStringAsync("/privacy");

        // The English intro's apostrophe and the parentheses come through as text, not as markup.
        Assert.Contains("organisation&#x27;s video service", page);
    }

    [Fact]
    public async Task Without_a_spoken_browser_language_a_page_is_in_the_configured_default()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["MeetingBot:DefaultLanguage"] = "ru" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", "de-DE");

        var page = await (await bot.App.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"ru\">", page);
        Assert.Contains("<a href=\"/privacy\">Конфиденциальность</a>", page);
    }
}
