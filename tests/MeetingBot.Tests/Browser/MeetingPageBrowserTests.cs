using System.Net;
using System.Net.Sockets;
using MeetingBot.Conferencing;
using MeetingBot.MeetingPages;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MeetingBot.Tests.Browser;

/// <summary>
/// The meeting page in a real browser (Debian chromium driven by playwright-core, <c>tests/browser</c>): the bot on a
/// real loopback port with the MoodHood backend, talking to the MoodHood simulator on another origin (as the real
/// service is); the page loaded with a page token shows the simulator's meeting page inside its frame, the frame's
/// one-time link is refused when opened again, and Leave inside the frame turns the page to its "ended" view.
/// </summary>
public sealed class MeetingPageBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_page_frames_the_meeting_refuses_its_link_a_second_time_and_shows_the_end_after_Leave()
    {
        await using var moodHood = await MoodHoodSimulatorServer.StartAsync();
        var port = FreeLoopbackPort();
        var baseUrl = $"http://localhost:{port}";
        await using var bot = new MeetingBotApp(new Dictionary<string, string?>
        {
            ["urls"] = baseUrl,
            ["MeetingBot:PublicUrl"] = baseUrl,
            ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db"),
            ["MicrosoftAppId"] = "",
            ["Conferencing:Provider"] = "MoodHood",
            ["MoodHood:ApiBaseUrl"] = moodHood.BaseUrl,
            ["MoodHood:WebBaseUrl"] = moodHood.BaseUrl,
            ["MoodHood:PersonalToken"] = moodHood.Options.PersonalToken,
            ["MoodHood:SpaceId"] = moodHood.Options.SpaceId,
        });
        bot.UseKestrel(port);
        bot.StartServer();

        var backend = bot.Services.GetRequiredService<IConferenceService>();
        var conference = await backend.StartConferenceAsync(new NewConference("msteams|conv|1", "Design review", "29:alex", ["29:kevin"]), CancellationToken.None);
        await bot.Services.GetRequiredService<IMeetingStore>().TryAddAsync(
            new MeetingRecord(conference.Id, backend.Capabilities.DisplayName, conference.Topic, "29:alex", ["29:kevin"], conference.JoinUrl, null,
                "msteams", "conv", "29:alex", "msteams|conv|1", DateTimeOffset.UtcNow),
            CancellationToken.None);
        var pageUrl = await bot.Services.GetRequiredService<MeetingPageLinks>().ForAsync("msteams", "29:kevin", "Kevin Smith", conference.Id, CancellationToken.None);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "browser-meeting-page.png");
        File.Delete(screenshot);

        var result = await BrowserScript.RunAsync("meeting-page.mjs", new()
        {
            ["pageUrl"] = pageUrl.AbsoluteUri,
            ["screenshot"] = screenshot,
            ["frameReadyText"] = "You are in the call",
            ["leaveButton"] = "Leave",
        }, TimeSpan.FromSeconds(90));
        output.WriteLine(result.ToJsonString());
        output.WriteLine("screenshot: " + screenshot);

        Assert.Null((string?)result["error"]);
        Assert.Equal(200, (int)result["pageStatus"]!);
        Assert.StartsWith(moodHood.BaseUrl + "/room/", (string?)result["frameSrc"]);
        Assert.Contains("Kevin Smith", (string?)result["frameText"]);
        Assert.True(new FileInfo(screenshot).Length > 1000, "no screenshot was saved");
        Assert.Equal(410, (int)result["secondOpenStatus"]!);
        Assert.True((bool)result["endedShown"]!);
        Assert.True((bool)result["frameGone"]!);
        Assert.Contains("The meeting has ended", (string?)result["endedText"]);
        Assert.Empty(result["securityViolations"]!.AsArray());
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
