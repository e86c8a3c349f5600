using MeetingBot.MeetingPages;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.MeetingPages;

/// <summary>Local mode on MoodHood gives the meeting page an address (the bot's own), so Teams' "open here" works with one command.</summary>
public sealed class LocalModeMeetingPageTests
{
    [Theory]
    [InlineData(null, "http://localhost:3990")]
    [InlineData("https://bot.example.test", "https://bot.example.test")]
    public async Task Local_mode_on_moodhood_addresses_the_meeting_page_on_the_bots_own_host_unless_configured(string? publicUrl, string expected)
    {
        await using var bot = new MeetingBotApp(
            new Dictionary<string, string?>
            {
                ["urls"] = "http://localhost:3990",
                ["MeetingBot:PublicUrl"] = publicUrl,
                ["Conferencing:Provider"] = "MoodHood",
                ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db"),
                ["MicrosoftAppId"] = "",
            });

        var links = bot.Services.GetRequiredService<MeetingPageLinks>();
        var page = await links.ForAsync("msteams", "29:kevin", "Kevin", "65a1b2c3d4e5f60718293a4b", CancellationToken.None);

        Assert.True(links.CanLink);
        Assert.StartsWith(expected + "/meet/65a1b2c3d4e5f60718293a4b?t=", page.AbsoluteUri, StringComparison.Ordinal);
    }
}
