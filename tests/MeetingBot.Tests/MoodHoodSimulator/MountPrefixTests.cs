using System.Net;
using System.Text;
using System.Text.Json;
using MeetingBot.MoodHoodSimulator;
using MeetingBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace MeetingBot.Tests.MoodHoodSimulator;

/// <summary>The bot mounts the simulator at <c>/moodhood</c> on its own host, next to its own routes.</summary>
public sealed class MountPrefixTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    private HttpClient Client => _client!;

    public async Task InitializeAsync()
    {
        (_app, var address) = await LoopbackServer.StartAsync(
            services => services.AddMoodHoodSimulator(),
            app =>
            {
                app.MapGet("/api/messages", () => "bot");
                app.MapMoodHoodSimulator("/moodhood");
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
    public async Task Api_and_pages_live_under_the_prefix_and_links_include_it()
    {
        var options = new MoodHoodSimulatorOptions();
        var room = await PostAsync($"/moodhood/v1/spaces/{options.SpaceId}/rooms", options.PersonalToken!, """{"name":"Mounted"}""");
        var alias = room.GetProperty("alias").GetString();
        var access = await PostAsync(
            $"/moodhood/v1/spaces/{options.SpaceId}/rooms/{room.GetProperty("id").GetString()}/generate-access",
            options.PersonalToken!,
            """{"username":"Kevin","role":"user"}""");
        var url = access.GetProperty("url").GetString()!;

        Assert.StartsWith($"{Client.BaseAddress!.ToString().TrimEnd('/')}/moodhood/room/{alias}?participantName=Kevin&accessToken=", url);
        using var page = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // The page's own calls are relative, so they stay under the prefix.
        Assert.Contains($"action=\"{alias}/leave\"", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Routes_outside_the_prefix_are_untouched()
    {
        Assert.Equal("bot", await Client.GetStringAsync("/api/messages"));

        using var outside = await Client.GetAsync("/v1/users/me");
        using var inside = await Client.GetAsync("/moodhood/unknown");

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(0, outside.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.NotFound, inside.StatusCode);
        Assert.Contains("NOT_FOUND", await inside.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_configured_public_base_url_is_used_for_links()
    {
        await using var server = await MoodHoodSimulatorServer.StartAsync(
            options => options.PublicBaseUrl = "https://meet.example.test/mh/", prefix: "/moodhood");
        using var client = server.CreateClient();
        var token = server.Options.PersonalToken!;
        var room = await PostAsync(client, $"v1/spaces/{server.Options.SpaceId}/rooms", token, """{"name":"Public"}""");

        var access = await PostAsync(
            client, $"v1/spaces/{server.Options.SpaceId}/rooms/{room.GetProperty("id").GetString()}/generate-access",
            token, """{"username":"Kevin","role":"user"}""");

        Assert.EndsWith("/moodhood", server.BaseUrl);
        Assert.StartsWith(
            $"https://meet.example.test/mh/room/{room.GetProperty("alias").GetString()}?participantName=Kevin&accessToken=",
            access.GetProperty("url").GetString());
    }

    private Task<JsonElement> PostAsync(string path, string token, string json) => PostAsync(Client, path, token, json);

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, string token, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
