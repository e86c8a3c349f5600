using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.MoodHoodSimulator;

/// <summary>Plain HTTP calls against a <see cref="MoodHoodSimulatorServer"/>, with the Bearer token attached by hand.</summary>
internal sealed class MoodHoodHttp(MoodHoodSimulatorServer server) : IDisposable
{
    public HttpClient Client { get; } = server.CreateClient();

    public string PersonalToken => server.Options.PersonalToken!;

    public Task<MoodHoodAnswer> TokenAsync(string jsonBody, string? bearer = null) =>
        SendAsync(HttpMethod.Post, "v1/auth/token", bearer, jsonBody);

    public async Task<(string Access, string Refresh)> ClientTokenAsync()
    {
        var answer = await TokenAsync(
            $$"""{"grant_type":"client_credentials","client_id":"{{server.Options.ClientId}}","client_secret":"{{server.Options.ClientSecret}}"}""");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return (answer.Text("access_token"), answer.Text("refresh_token"));
    }

    /// <summary>client_credentials, then the password grant of the seeded account authorized by that client token.</summary>
    public async Task<(string Access, string Refresh)> UserTokenAsync()
    {
        var (clientToken, _) = await ClientTokenAsync();
        var answer = await TokenAsync(PasswordBody(server.Options.AccountEmail, server.Options.AccountPassword), clientToken);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return (answer.Text("access_token"), answer.Text("refresh_token"));
    }

    public string PasswordBody(string email, string password) =>
        $$"""{"grant_type":"password","client_id":"{{server.Options.ClientId}}","client_secret":"{{server.Options.ClientSecret}}","username":"{{email}}","password":"{{password}}"}""";

    /// <summary>Calls <c>/v1{path}</c> with the personal token unless another is given.</summary>
    public Task<MoodHoodAnswer> CallAsync(HttpMethod method, string path, string? jsonBody = null) =>
        CallWithTokenAsync(method, path, PersonalToken, jsonBody);

    public Task<MoodHoodAnswer> CallWithTokenAsync(HttpMethod method, string path, string? token, string? jsonBody = null) =>
        SendAsync(method, "v1" + path, token, jsonBody);

    /// <summary>Creates a room in the seeded space and returns its JSON.</summary>
    public async Task<JsonElement> CreateRoomAsync(string jsonBody = """{"name":"Design review","type":"lesson","isPublic":false}""")
    {
        var answer = await CallAsync(HttpMethod.Post, $"/spaces/{server.Options.SpaceId}/rooms", jsonBody);
        Assert.True(answer.Status == HttpStatusCode.Created, answer.Body);
        return answer.Json;
    }

    /// <summary>A personal link to the room (absolute URL).</summary>
    public async Task<string> GenerateAccessAsync(string roomId, string jsonBody = """{"username":"Kevin Smith","role":"user"}""")
    {
        var answer = await CallAsync(HttpMethod.Post, $"/spaces/{server.Options.SpaceId}/rooms/{roomId}/generate-access", jsonBody);
        Assert.True(answer.Status == HttpStatusCode.Created, answer.Body);
        return answer.Text("url");
    }

    /// <summary>Opens a page (absolute URL or relative to the base) without following redirects.</summary>
    public async Task<MoodHoodAnswer> OpenAsync(string url, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        using var response = await Client.SendAsync(request);
        return await MoodHoodAnswer.ReadAsync(response);
    }

    public void Dispose() => Client.Dispose();

    private async Task<MoodHoodAnswer> SendAsync(HttpMethod method, string url, string? token, string? jsonBody)
    {
        using var request = new HttpRequestMessage(method, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        using var response = await Client.SendAsync(request);
        return await MoodHoodAnswer.ReadAsync(response);
    }
}

internal sealed record MoodHoodAnswer(HttpStatusCode Status, JsonElement Json, string Body, HttpResponseMessage Response)
{
    public static async Task<MoodHoodAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var json = response.Content.Headers.ContentType?.MediaType == "application/json" && text.Length > 0
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;
        return new MoodHoodAnswer(response.StatusCode, json, text, response);
    }

    public string Text(string property) => Json.GetProperty(property).GetString()!;

    /// <summary>The API's error shape <c>{"code","message"}</c> (reference §8).</summary>
    public void AssertError(HttpStatusCode status, string code)
    {
        Assert.True(status == Status, $"Expected {(int)status}, got {(int)Status}: {Body}");
        Assert.Equal(code, Text("code"));
        Assert.False(string.IsNullOrEmpty(Text("message")));
    }

    /// <summary>The token endpoint's OAuth2 error shape <c>{"error","error_description"}</c>.</summary>
    public void AssertOAuthError(HttpStatusCode status, string error)
    {
        Assert.True(status == Status, $"Expected {(int)status}, got {(int)Status}: {Body}");
        Assert.Equal(error, Text("error"));
        Assert.False(string.IsNullOrEmpty(Text("error_description")));
    }
}
