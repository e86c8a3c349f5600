using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MeetingBot.Conferencing;
using MeetingBot.MeetingPages;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MeetingBot.Tests.Browser;

/// <summary>
/// The meeting page in a real browser (Debian chromium driven by playwright-core, <c>tests/browser</c>): the bot on a
/// real loopback port, the page loaded with a page token, the meeting shown inside its frame, the frame's one-time link
/// refused when opened again, and Leave inside the frame turning the page to its "ended" view.
/// </summary>
public sealed class MeetingPageBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_page_frames_the_meeting_refuses_its_link_a_second_time_and_shows_the_end_after_Leave()
    {
        var spent = new ConcurrentDictionary<string, bool>();
        var (room, roomUrl) = await LoopbackServer.StartAsync(null, app => app.MapGet("/room/{alias}", (string alias, string accessToken) =>
            spent.TryAdd(accessToken, true)
                ? Results.Content(RoomPage(alias), "text/html; charset=utf-8")
                : Results.Content("<!DOCTYPE html><title>Link used</title><p>This link has already been used.</p>", "text/html; charset=utf-8", statusCode: 410)));
        await using var roomServer = room;
        var issuer = new RoomLinkIssuer(roomUrl);

        var port = FreeLoopbackPort();
        var baseUrl = $"http://localhost:{port}";
        var database = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        await using var bot = new MeetingBotApp(
            new Dictionary<string, string?>
            {
                ["urls"] = baseUrl,
                ["MeetingBot:PublicUrl"] = baseUrl,
                ["Storage:SqlitePath"] = database,
                ["MicrosoftAppId"] = "",
            },
            services => services.AddSingleton<IPersonalLinkIssuer>(issuer));
        bot.UseKestrel(port);
        bot.StartServer();

        const string conferenceId = "65a1b2c3d4e5f60718293a4b";
        var backend = bot.Services.GetRequiredService<IConferenceService>().Capabilities.DisplayName;
        await bot.Services.GetRequiredService<IMeetingStore>().TryAddAsync(
            new MeetingRecord(conferenceId, backend, "Design review", "29:alex", ["29:kevin"], roomUrl + "/room/design", null,
                "msteams", "conv", "29:alex", "msteams|conv|1", DateTimeOffset.UtcNow),
            CancellationToken.None);
        var pageUrl = await bot.Services.GetRequiredService<MeetingPageLinks>().ForAsync("msteams", "29:kevin", "Kevin Smith", conferenceId, CancellationToken.None);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "browser-meeting-page.png");

        var result = await BrowserScript.RunAsync("meeting-page.mjs", new()
        {
            ["pageUrl"] = pageUrl.AbsoluteUri,
            ["screenshot"] = screenshot,
            ["frameReadyText"] = "Design review",
            ["leaveButton"] = "Leave",
        }, TimeSpan.FromSeconds(90));
        output.WriteLine(result.ToJsonString());

        Assert.Null((string?)result["error"]);
        Assert.Equal(200, (int)result["pageStatus"]!);
        Assert.True((bool)result["frameShowedMeeting"]!);
        Assert.Contains("Kevin Smith", (string?)result["frameText"]);
        Assert.True(new FileInfo(screenshot).Length > 1000, "no screenshot was saved");
        Assert.Equal(410, (int)result["secondOpenStatus"]!);
        Assert.True((bool)result["endedShown"]!);
        Assert.True((bool)result["frameGone"]!);
        Assert.Contains("The meeting has ended", (string?)result["endedText"]);
        Assert.Empty(result["securityViolations"]!.AsArray());
    }

    private static string RoomPage(string alias) => $$"""
        <!DOCTYPE html><html><head><title>Room</title></head><body>
        <h1>Design review</h1><p id="who"></p>
        <button id="leave">Leave</button>
        <script>
          document.getElementById('who').textContent = new URLSearchParams(location.search).get('participantName');
          document.getElementById('leave').onclick = () => window.parent.postMessage('ld_finish_call', '*');
        </script>
        </body></html>
        """;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RoomLinkIssuer(string roomUrl) : IPersonalLinkIssuer
    {
        public Task<PersonalLink> IssueAsync(PersonalLinkRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new PersonalLink(
                $"{roomUrl}/room/design?participantName={Uri.EscapeDataString(request.DisplayName)}&accessToken={Guid.NewGuid():N}", DateTimeOffset.UtcNow.AddHours(1)));
    }
}
