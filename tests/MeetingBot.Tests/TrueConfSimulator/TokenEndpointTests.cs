using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MeetingBot.Tests.TrueConfSimulator;

public sealed class TokenEndpointTests(SimulatorFixture fixture) : SimulatorTestBase(fixture)
{
    [Fact]
    public async Task Form_credentials_get_a_bearer_token_with_the_configured_lifetime_and_scopes()
    {
        var answer = await PostFormAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "meetingbot-local",
            ["client_secret"] = "local-simulator-secret",
        });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Matches("^[0-9a-f]{40}$", answer.Json.GetProperty("access_token").GetString());
        Assert.Equal(3600, answer.Json.GetProperty("expires_in").GetInt32());
        Assert.Equal("Bearer", answer.Json.GetProperty("token_type").GetString());
        Assert.Equal(
            "conferences conferences:read conferences:write conferences.participants conferences.participants:read " +
            "conferences.participants:write conferences.invitations users users:read",
            answer.Json.GetProperty("scope").GetString());
        Assert.False(answer.Json.TryGetProperty("refresh_token", out _));
        Assert.Equal("no-store", answer.Response.Headers.CacheControl?.ToString());
        Assert.Equal(1, State.TokenRequestCount);
    }

    [Fact]
    public async Task Json_credentials_get_a_token()
    {
        var answer = await PostJsonAsync(
            """{"grant_type":"client_credentials","client_id":"meetingbot-local","client_secret":"local-simulator-secret"}""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Single(State.IssuedTokens, token => token.AccessToken == answer.Json.GetProperty("access_token").GetString());
    }

    [Fact]
    public async Task Basic_authentication_gets_a_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth2/v1/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("meetingbot-local:local-simulator-secret")));

        using var response = await Http.Client.SendAsync(request);
        var answer = await ApiAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Bearer", answer.Json.GetProperty("token_type").GetString());
    }

    [Fact]
    public async Task Lifetime_comes_from_the_options()
    {
        await using var server = await Infrastructure.TrueConfSimulatorServer.StartAsync(
            options => options.TokenLifetime = TimeSpan.FromMinutes(5));
        using var http = new SimulatorHttp(server);
        await http.GetTokenAsync();

        var token = Assert.Single(server.State.IssuedTokens);
        Assert.InRange(token.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Theory]
    [InlineData("meetingbot-local", "wrong-secret")]
    [InlineData("someone-else", "local-simulator-secret")]
    public async Task Wrong_credentials_are_invalid_client(string clientId, string clientSecret)
    {
        var answer = await PostFormAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        });

        AssertOAuthError(answer, HttpStatusCode.BadRequest, "invalid_client", "The client credentials are invalid");
        Assert.Empty(State.IssuedTokens);
    }

    [Fact]
    public async Task Missing_credentials_are_invalid_client()
    {
        var answer = await PostFormAsync(new() { ["grant_type"] = "client_credentials" });

        AssertOAuthError(
            answer, HttpStatusCode.BadRequest, "invalid_client", "Client credentials were not found in the headers or body");
    }

    [Fact]
    public async Task Missing_grant_type_is_invalid_request()
    {
        var answer = await PostFormAsync(new() { ["client_id"] = "meetingbot-local", ["client_secret"] = "local-simulator-secret" });

        AssertOAuthError(
            answer, HttpStatusCode.BadRequest, "invalid_request", "The grant type was not specified in the request");
    }

    [Fact]
    public async Task Unknown_grant_type_is_unsupported()
    {
        var answer = await PostFormAsync(new()
        {
            ["grant_type"] = "xyz",
            ["client_id"] = "meetingbot-local",
            ["client_secret"] = "local-simulator-secret",
        });

        AssertOAuthError(answer, HttpStatusCode.BadRequest, "unsupported_grant_type", "Grant type \"xyz\" not supported");
    }

    [Fact]
    public async Task A_known_grant_the_client_may_not_use_is_unauthorized_client()
    {
        var answer = await PostFormAsync(new()
        {
            ["grant_type"] = "password",
            ["client_id"] = "meetingbot-local",
            ["client_secret"] = "local-simulator-secret",
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("unauthorized_client", answer.Json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Get_is_405_with_the_oauth_shape_and_still_counted()
    {
        using var response = await Http.Client.GetAsync("oauth2/v1/token");
        var answer = await ApiAnswer.ReadAsync(response);

        AssertOAuthError(
            answer,
            HttpStatusCode.MethodNotAllowed,
            "invalid_request",
            "The request method must be POST when requesting an access token");
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal(1, State.TokenRequestCount);
    }

    [Fact]
    public async Task Every_token_request_is_counted_and_logged()
    {
        await Http.GetTokenAsync();
        await PostFormAsync(new() { ["grant_type"] = "client_credentials" });
        await Http.GetTokenAsync();

        Assert.Equal(3, State.TokenRequestCount);
        Assert.Equal(3, State.RequestLog.Count(r => r is { Operation: "token", Method: "POST", Path: "/oauth2/v1/token" }));
    }

    private static void AssertOAuthError(ApiAnswer answer, HttpStatusCode status, string error, string description)
    {
        Assert.Equal(status, answer.Status);
        Assert.Equal(JsonValueKind.String, answer.Json.GetProperty("error").ValueKind);
        Assert.Equal(error, answer.Json.GetProperty("error").GetString());
        Assert.Equal(description, answer.Json.GetProperty("error_description").GetString());
    }

    private async Task<ApiAnswer> PostFormAsync(Dictionary<string, string> fields)
    {
        using var response = await Http.Client.PostAsync("oauth2/v1/token", new FormUrlEncodedContent(fields));
        return await ApiAnswer.ReadAsync(response);
    }

    private async Task<ApiAnswer> PostJsonAsync(string json)
    {
        using var response = await Http.Client.PostAsync(
            "oauth2/v1/token", new StringContent(json, Encoding.UTF8, "application/json"));
        return await ApiAnswer.ReadAsync(response);
    }
}
