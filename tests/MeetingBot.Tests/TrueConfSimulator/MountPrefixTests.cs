using System.Net;
using System.Text.Json;
using MeetingBot.TrueConfSimulator;
using MeetingBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.TrueConfSimulator;

/// <summary>The bot mounts the simulator at <c>/trueconf</c> on its own host, next to its own routes.</summary>
public sealed class MountPrefixTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    private HttpClient Client => _client!;

    public async Task InitializeAsync()
    {
        (_app, var address) = await LoopbackServer.StartAsync(
            services => services.AddTrueConfSimulator(),
            app =>
            {
                app.MapGet("/api/messages", () => "bot");
                app.MapTrueConfSimulator("/trueconf");
            });
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Everything_lives_under_the_prefix_and_links_include_it()
    {
        using var tokenResponse = await Client.PostAsync("/trueconf/oauth2/v1/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = "meetingbot-local",
                ["client_secret"] = "local-simulator-secret",
            }));
        var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement
            .GetProperty("access_token").GetString();

        using var created = await Client.PostAsync(
            $"/trueconf/api/v3.8/conferences?access_token={token}",
            new StringContent("""{"id":"room7","topic":"Mounted","owner":"helen"}""", System.Text.Encoding.UTF8, "application/json"));
        var conference = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("conference");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal($"{Client.BaseAddress!.ToString().TrimEnd('/')}/trueconf/webrtc/room7", conference.GetProperty("webclient_url").GetString());
        using var page = await Client.GetAsync("/trueconf/webrtc/room7");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Routes_outside_the_prefix_are_untouched()
    {
        Assert.Equal("bot", await Client.GetStringAsync("/api/messages"));

        using var outside = await Client.GetAsync("/oauth2/v1/token");
        using var inside = await Client.GetAsync("/trueconf/unknown");

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(0, outside.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.NotFound, inside.StatusCode);
        Assert.Contains("notFound", await inside.Content.ReadAsStringAsync());
    }
}
