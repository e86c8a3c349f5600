using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using MeetingBot.Conferencing;
using MeetingBot.MoodHoodSimulator;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.MoodHood;

/// <summary>
/// The provider switch in the real bot: MoodHood needs none of TrueConf's keys and has none of its services, checks or
/// endpoints (and the other way round); an unknown provider stops start-up; local mode serves the MoodHood simulator.
/// </summary>
public sealed class MoodHoodInAppTests
{
    [Fact]
    public async Task MoodHood_starts_without_any_trueconf_key_and_readiness_shows_moodhood()
    {
        await using var simulator = await MoodHoodSimulatorServer.StartAsync();
        await using var app = new MeetingBotApp(Settings(new()
        {
            ["Conferencing:Provider"] = "MoodHood",
            ["MoodHood:ApiBaseUrl"] = simulator.BaseUrl,
            ["MoodHood:WebBaseUrl"] = simulator.BaseUrl,
            ["MoodHood:SpaceId"] = simulator.Options.SpaceId,
            ["MoodHood:PersonalToken"] = simulator.Options.PersonalToken,
            // Even a broken TrueConf section does not matter: nothing reads it.
            ["TrueConf:ServerUrl"] = "not a url",
        }));

        var (status, checks) = await ReadinessAsync(app);
        var signIn = await app.CreateClient().GetAsync("/auth/trueconf/start?state=x");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", checks["moodhood"]);
        Assert.False(checks.ContainsKey("trueconf"));
        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.Equal("MoodHood", app.Services.GetRequiredService<IConferenceService>().Capabilities.DisplayName);
        Assert.Same(app.Services.GetRequiredService<IConferenceService>(), app.Services.GetRequiredService<IPersonalLinkIssuer>());
        Assert.Null(app.Services.GetService<IConferenceUserDirectory>());
        Assert.Null(app.Services.GetService<MeetingBot.Meetings.IAccountSignIn>());
        Assert.Empty(app.Services.GetServices<IValidateOptions<MeetingBot.TrueConf.TrueConfOptions>>());
        Assert.Contains(app.Logs.Lines, line => line.Contains("Video backend MoodHood", StringComparison.Ordinal) && line.Contains(simulator.Options.SpaceId, StringComparison.Ordinal));
        Assert.DoesNotContain(simulator.Options.PersonalToken!, app.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_shows_moodhood_unhealthy_while_it_refuses_the_token()
    {
        await using var simulator = await MoodHoodSimulatorServer.StartAsync();
        await using var app = new MeetingBotApp(Settings(new()
        {
            ["Conferencing:Provider"] = "moodhood",
            ["MoodHood:ApiBaseUrl"] = simulator.BaseUrl,
            ["MoodHood:WebBaseUrl"] = simulator.BaseUrl,
            ["MoodHood:SpaceId"] = simulator.Options.SpaceId,
            ["MoodHood:PersonalToken"] = "revoked-personal-token",
        }));

        var (status, checks) = await ReadinessAsync(app);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", checks["moodhood"]);
    }

    [Fact]
    public async Task MoodHood_without_its_keys_stops_start_up_naming_them_and_no_trueconf_key()
    {
        await using var app = new MeetingBotApp(Settings(new()
        {
            ["Conferencing:Provider"] = "MoodHood",
            ["MoodHood:ApiBaseUrl"] = "https://moodhood.example",
        }));

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains("MoodHood:WebBaseUrl is required", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("MoodHood:SpaceId is required", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("MoodHood:PersonalToken is required", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("TrueConf:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_provider_stops_start_up_naming_the_key_and_the_choices()
    {
        await using var app = new MeetingBotApp(Settings(new() { ["Conferencing:Provider"] = "Zoom" }));

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains("Conferencing:Provider must be TrueConf or MoodHood (TrueConf when unset), got 'Zoom'.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrueConf_stays_the_default_with_nothing_of_moodhood()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["MoodHood:ApiBaseUrl"] = "not a url", ["MoodHood:LinkTtlSeconds"] = "-5" });

        var (status, checks) = await ReadinessAsync(bot.App);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(checks.ContainsKey("trueconf"));
        Assert.False(checks.ContainsKey("moodhood"));
        Assert.Null(bot.App.Services.GetService<IPersonalLinkIssuer>());
        Assert.Equal("TrueConf", bot.App.Services.GetRequiredService<IConferenceService>().Capabilities.DisplayName);
    }

    [Fact]
    public async Task Local_mode_serves_the_moodhood_simulator_on_the_bots_own_host()
    {
        var port = FreePort();
        await using var app = new MeetingBotApp(Settings(new()
        {
            ["Conferencing:Provider"] = "MoodHood",
            ["urls"] = $"http://localhost:{port}",
        }));
        app.UseKestrel(port);
        app.StartServer();

        var (status, checks) = await ReadinessAsync(app);
        var conferences = app.Services.GetRequiredService<IConferenceService>();
        var conference = await conferences.StartConferenceAsync(
            new NewConference("local|1", "Local check", "29:alex", ["29:kevin"]), CancellationToken.None);
        var link = await app.Services.GetRequiredService<IPersonalLinkIssuer>().IssueAsync(
            new PersonalLinkRequest(conference.Id, "29:kevin", "Kevin", false, "local|1"), CancellationToken.None);
        using var browser = new HttpClient();
        var page = await browser.GetAsync(link.Url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", checks["moodhood"]);
        var state = app.Services.GetRequiredService<MoodHoodSimulatorState>();
        Assert.Equal(conference.Id, Assert.Single(state.Rooms).Id);
        Assert.StartsWith($"http://localhost:{port}/moodhood/room/", conference.JoinUrl, StringComparison.Ordinal);
        Assert.StartsWith($"http://localhost:{port}/moodhood/room/", link.Url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(app.Logs.Lines, line => line.Contains("MoodHood SIMULATOR", StringComparison.Ordinal));
        Assert.DoesNotContain(state.Options.PersonalToken!, app.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_starts_in_the_development_environment_as_dotnet_run_does()
    {
        var port = FreePort();
        await using var app = new MeetingBotApp(Settings(new()
        {
            ["Conferencing:Provider"] = "MoodHood",
            ["environment"] = "Development",
            ["urls"] = $"http://localhost:{port}",
        }));
        app.UseKestrel(port);
        app.StartServer();

        var (status, checks) = await ReadinessAsync(app);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", checks["moodhood"]);
    }

    private static Dictionary<string, string?> Settings(Dictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db"),
            ["MicrosoftAppId"] = "",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    private static async Task<(HttpStatusCode Status, Dictionary<string, string> Checks)> ReadinessAsync(MeetingBotApp app)
    {
        var response = await app.CreateClient().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();
        var checks = JsonNode.Parse(body)!["checks"]!.AsArray().ToDictionary(check => (string)check!["name"]!, check => (string)check!["status"]!);
        return (response.StatusCode, checks);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
