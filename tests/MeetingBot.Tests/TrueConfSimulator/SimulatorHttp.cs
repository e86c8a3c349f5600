using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.TrueConfSimulator;

/// <summary>Plain HTTP calls against a <see cref="TrueConfSimulatorServer"/>, with the token attached by hand.</summary>
internal sealed class SimulatorHttp(TrueConfSimulatorServer server) : IDisposable
{
    public HttpClient Client { get; } = server.CreateClient();

    public async Task<string> GetTokenAsync()
    {
        using var response = await Client.PostAsync("oauth2/v1/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = server.Options.ClientId,
            ["client_secret"] = server.Options.ClientSecret,
        }));
        var answer = await ApiAnswer.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Json.GetProperty("access_token").GetString()!;
    }

    /// <summary>Calls <c>/api/{version}{path}</c>: v3 with the token in the query, v4 in a Bearer header.</summary>
    public async Task<ApiAnswer> CallAsync(HttpMethod method, string path, string? jsonBody = null, string version = "v3.8")
    {
        var token = await GetTokenAsync();
        return await CallWithTokenAsync(method, path, token, jsonBody, version);
    }

    public async Task<ApiAnswer> CallWithTokenAsync(
        HttpMethod method, string path, string? token, string? jsonBody = null, string version = "v3.8")
    {
        var isV4 = version == "v4";
        var url = $"api/{version}{path}";
        if (!isV4 && token is not null)
        {
            url += (path.Contains('?') ? "&" : "?") + "access_token=" + token;
        }

        using var request = new HttpRequestMessage(method, url);
        if (isV4 && token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        using var response = await Client.SendAsync(request);
        return await ApiAnswer.ReadAsync(response);
    }

    /// <summary>Creates a conference through the API and returns its id.</summary>
    public async Task<string> CreateConferenceAsync(string jsonBody, string version = "v3.8")
    {
        var answer = await CallAsync(HttpMethod.Post, "/conferences", jsonBody, version);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Json.GetProperty("conference").GetProperty("id").GetString()!;
    }

    public void Dispose() => Client.Dispose();
}

internal sealed record ApiAnswer(HttpStatusCode Status, JsonElement Json, string Text, HttpResponseMessage Response)
{
    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var json = response.Content.Headers.ContentType?.MediaType == "application/json" && text.Length > 0
            ? JsonDocument.Parse(text).RootElement.Clone()
            : default;
        return new ApiAnswer(response.StatusCode, json, text, response);
    }

    /// <summary>The first <c>errors[]</c> item of an API error.</summary>
    public JsonElement FirstError => Json.GetProperty("error").GetProperty("errors")[0];

    public string Reason => FirstError.GetProperty("reason").GetString()!;

    public void AssertApiError(HttpStatusCode status, string reason, string? location = null)
    {
        Assert.True(status == Status, $"Expected {(int)status}, got {(int)Status}: {Text}");
        Assert.Equal((int)status, Json.GetProperty("error").GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(Json.GetProperty("error").GetProperty("message").GetString()));
        Assert.Equal(reason, Reason);
        if (location is not null)
        {
            Assert.Equal(location, FirstError.GetProperty("location").GetString());
        }
    }
}
