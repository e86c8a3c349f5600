using System.Net;
using System.Net.Http.Headers;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.TrueConfSimulator;

public sealed class ApiAuthenticationTests(SimulatorFixture fixture) : SimulatorTestBase(fixture)
{
    [Fact]
    public async Task Token_in_the_query_is_accepted()
    {
        var token = await Http.GetTokenAsync();

        var answer = await Http.CallWithTokenAsync(HttpMethod.Get, "/users/helen", token);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("helen", answer.Json.GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bearer_header_is_accepted_in_v3_too()
    {
        var token = await Http.GetTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v3.8/users/helen");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await Http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_in_query_and_header_at_once_is_invalid_request()
    {
        var token = await Http.GetTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v3.8/users/helen?access_token={token}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await Http.Client.SendAsync(request);
        var answer = await ApiAnswer.ReadAsync(response);

        answer.AssertApiError(HttpStatusCode.BadRequest, "invalidRequest");
    }

    [Theory]
    [InlineData("v3.8")]
    [InlineData("v3.3")]
    [InlineData("v3")]
    public async Task Expired_token_is_403_accessTokenInvalid_in_v3(string version)
    {
        var token = await Http.GetTokenAsync();
        State.ExpireAllTokens();

        var answer = await Http.CallWithTokenAsync(HttpMethod.Get, "/conferences", token, version: version);

        answer.AssertApiError(HttpStatusCode.Forbidden, "accessTokenInvalid");
        Assert.Contains("expired", answer.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Expired_token_is_401_with_www_authenticate_in_v4()
    {
        var token = await Http.GetTokenAsync();
        State.ExpireAllTokens();

        var answer = await Http.CallWithTokenAsync(HttpMethod.Get, "/conferences", token, version: "v4");

        answer.AssertApiError(HttpStatusCode.Unauthorized, "accessTokenInvalid");
        var challenge = Assert.Single(answer.Response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
    }

    [Fact]
    public async Task A_token_issued_after_expiry_works_again()
    {
        await Http.GetTokenAsync();
        State.ExpireAllTokens();

        var answer = await Http.CallAsync(HttpMethod.Get, "/conferences");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task Missing_token_is_403_in_v3_and_401_in_v4()
    {
        var v3 = await Http.CallWithTokenAsync(HttpMethod.Get, "/users", token: null);
        var v4 = await Http.CallWithTokenAsync(HttpMethod.Get, "/users", token: null, version: "v4");

        v3.AssertApiError(HttpStatusCode.Forbidden, "accessTokenInvalid");
        v4.AssertApiError(HttpStatusCode.Unauthorized, "accessTokenInvalid");
    }

    [Fact]
    public async Task Unknown_token_is_accessTokenInvalid()
    {
        var answer = await Http.CallWithTokenAsync(HttpMethod.Get, "/users", new string('a', 40));

        answer.AssertApiError(HttpStatusCode.Forbidden, "accessTokenInvalid");
    }

    [Fact]
    public async Task Denied_scope_is_403_forbidden_and_missing_from_the_token_scope()
    {
        State.Faults.DeniedScopes.Add("users:read");

        var tokenAnswer = await Http.CallAsync(HttpMethod.Get, "/users/helen");
        var conferences = await Http.CallAsync(HttpMethod.Get, "/conferences");

        tokenAnswer.AssertApiError(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.OK, conferences.Status);
        Assert.DoesNotContain("users:read", State.IssuedTokens[^1].Scopes);
    }

    [Fact]
    public async Task Denying_a_parent_scope_also_forbids_its_children()
    {
        State.Faults.DeniedScopes.Add("conferences");

        var answer = await Http.CallAsync(HttpMethod.Post, "/conferences", """{"topic":"x","owner":"helen"}""");

        answer.AssertApiError(HttpStatusCode.Forbidden, "forbidden");
        Assert.Empty(State.Conferences);
    }

    [Fact]
    public async Task An_application_configured_without_users_permission_cannot_look_users_up()
    {
        await using var server = await Infrastructure.TrueConfSimulatorServer.StartAsync(
            options => options.GrantedScopes = "conferences conferences.participants conferences.invitations");
        using var http = new SimulatorHttp(server);

        var answer = await http.CallAsync(HttpMethod.Get, "/users");

        answer.AssertApiError(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Request_log_keeps_method_path_without_query_and_operation()
    {
        await Http.CallAsync(HttpMethod.Get, "/users/helen");

        var call = Assert.Single(State.RequestLog, r => r.Operation == SimulatorOperations.UserGet);
        Assert.Equal("GET", call.Method);
        Assert.Equal("/api/v3.8/users/helen", call.Path);
    }
}
