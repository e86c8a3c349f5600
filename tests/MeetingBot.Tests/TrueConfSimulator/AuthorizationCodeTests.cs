using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.TrueConfSimulator;

/// <summary>The simulator's authorization-code grant with PKCE (RFC 6749 §4.1, RFC 7636), as local mode serves it.</summary>
public sealed class AuthorizationCodeTests
{
    private const string RedirectUri = "http://localhost/auth/trueconf/callback";
    private const string Verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    [Fact]
    public async Task A_signed_in_user_gets_a_token_that_says_who_they_are()
    {
        await using var server = await TrueConfSimulatorServer.StartAsync();
        var code = await CodeForAsync(server, "helen");

        using var token = await ExchangeAsync(server, code, Verifier);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        using var me = await MeAsync(server, accessToken!);

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal("helen", (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_v4_token_endpoint_takes_the_code_as_auth_code_in_json()
    {
        await using var server = await TrueConfSimulatorServer.StartAsync();
        var code = await CodeForAsync(server, "dean");
        using var client = server.CreateClient();

        using var token = await client.PostAsJsonAsync("api/v4/oauth2/token", new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["auth_code"] = code, ["client_id"] = server.Options.ClientId,
            ["client_secret"] = server.Options.ClientSecret, ["redirect_uri"] = RedirectUri, ["code_verifier"] = Verifier,
        });

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal("dean", Assert.Single(server.State.IssuedTokens).UserId);
    }

    [Fact]
    public async Task A_wrong_pkce_verifier_is_refused_and_spends_the_code()
    {
        await using var server = await TrueConfSimulatorServer.StartAsync();
        var code = await CodeForAsync(server, "helen");

        using var wrong = await ExchangeAsync(server, code, "not-the-verifier-" + new string('x', 30));
        using var retry = await ExchangeAsync(server, code, Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("invalid_grant", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, retry.StatusCode);
        Assert.Empty(server.State.IssuedTokens);
    }

    [Fact]
    public async Task A_code_works_once()
    {
        await using var server = await TrueConfSimulatorServer.StartAsync();
        var code = await CodeForAsync(server, "helen");

        using var first = await ExchangeAsync(server, code, Verifier);
        using var second = await ExchangeAsync(server, code, Verifier);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Fact]
    public async Task An_application_token_has_no_me()
    {
        await using var server = await TrueConfSimulatorServer.StartAsync();

        using var me = await MeAsync(server, server.State.IssueToken().AccessToken);

        Assert.Equal(HttpStatusCode.NotFound, me.StatusCode);
    }

    [Fact]
    public async Task An_unknown_client_gets_an_error_page_not_a_redirect()
    {
        await using var server = await TrueConfSimulatorServer.StartAsync();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var page = await browser.GetAsync(AuthorizeUrl(server, clientId: "someone-else"));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    private static async Task<string> CodeForAsync(TrueConfSimulatorServer server, string login)
    {
        var callback = await SimulatorBrowser.SignInAsync(AuthorizeUrl(server), login);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("xyz", query["state"].ToString());
        Assert.StartsWith(RedirectUri, callback.ToString());
        return query["code"].ToString();
    }

    private static string AuthorizeUrl(TrueConfSimulatorServer server, string? clientId = null) =>
        QueryHelpers.AddQueryString(server.BaseUrl + "/oauth2/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code", ["client_id"] = clientId ?? server.Options.ClientId, ["redirect_uri"] = RedirectUri, ["state"] = "xyz",
            ["code_challenge"] = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            ["code_challenge_method"] = "S256",
        });

    private static async Task<HttpResponseMessage> ExchangeAsync(TrueConfSimulatorServer server, string code, string verifier)
    {
        using var client = server.CreateClient();
        return await client.PostAsync("oauth2/v1/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier,
            ["client_id"] = server.Options.ClientId, ["client_secret"] = server.Options.ClientSecret,
        }));
    }

    private static async Task<HttpResponseMessage> MeAsync(TrueConfSimulatorServer server, string accessToken)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v4/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await client.SendAsync(request);
    }
}
