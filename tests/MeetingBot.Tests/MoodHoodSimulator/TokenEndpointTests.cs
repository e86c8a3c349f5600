using System.Net;
using MeetingBot.MoodHoodSimulator;

namespace MeetingBot.Tests.MoodHoodSimulator;

public sealed class TokenEndpointTests(MoodHoodFixture fixture) : MoodHoodTestBase(fixture)
{
    [Fact]
    public async Task Client_credentials_give_a_bearer_pair_that_opens_room_reads_only()
    {
        var answer = await Http.TokenAsync(
            """{"grant_type":"client_credentials","client_id":"meetingbot-local","client_secret":"local-simulator-secret"}""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Bearer", answer.Text("token_type"));
        Assert.False(string.IsNullOrEmpty(answer.Text("access_token")));
        Assert.False(string.IsNullOrEmpty(answer.Text("refresh_token")));
        Assert.False(answer.Json.TryGetProperty("expires_in", out _));
        Assert.Equal("no-store", answer.Response.Headers.CacheControl?.ToString());
        var spaces = await Http.CallWithTokenAsync(HttpMethod.Get, "/spaces/", answer.Text("access_token"));
        spaces.AssertError(HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Equal("this method is forbidden for the user", spaces.Text("message"));
    }

    [Theory]
    [InlineData("""{"grant_type":"client_credentials","client_id":"meetingbot-local","client_secret":"wrong"}""")]
    [InlineData("""{"grant_type":"client_credentials","client_id":"someone-else","client_secret":"local-simulator-secret"}""")]
    [InlineData("""{"grant_type":"client_credentials"}""")]
    public async Task Bad_client_credentials_are_401_invalid_client(string body)
    {
        var answer = await Http.TokenAsync(body);

        answer.AssertOAuthError(HttpStatusCode.Unauthorized, "invalid_client");
        Assert.DoesNotContain(State.IssuedTokens, token => !token.IsPersonal);
    }

    [Fact]
    public async Task Password_grant_authorized_by_a_client_token_gives_a_user_token()
    {
        var (userToken, _) = await Http.UserTokenAsync();

        var me = await Http.CallWithTokenAsync(HttpMethod.Get, "/users/me", userToken);

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(Server.Options.AccountEmail, me.Text("email"));
        Assert.Equal(State.Account.Id, me.Text("id"));
        Assert.Equal(Server.Options.AccountName, me.Text("username"));
    }

    [Fact]
    public async Task Password_grant_without_a_client_token_is_401()
    {
        var body = Http.PasswordBody(Server.Options.AccountEmail, Server.Options.AccountPassword);

        var without = await Http.TokenAsync(body);
        var withPersonal = await Http.TokenAsync(body, Http.PersonalToken);

        without.AssertOAuthError(HttpStatusCode.Unauthorized, "invalid_client");
        withPersonal.AssertOAuthError(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Theory]
    [InlineData("organizer@contoso.example", "wrong-password")]
    [InlineData("nobody@contoso.example", "local-simulator-password")]
    [InlineData("MeetingBot Organizer", "local-simulator-password")]
    public async Task Wrong_user_credentials_are_400_invalid_grant(string username, string password)
    {
        var (clientToken, _) = await Http.ClientTokenAsync();

        var answer = await Http.TokenAsync(Http.PasswordBody(username, password), clientToken);

        answer.AssertOAuthError(HttpStatusCode.BadRequest, "invalid_grant");
        Assert.Equal("Invalid credentials", answer.Text("error_description"));
    }

    [Theory]
    [InlineData("""{"grant_type":"authorization_code","client_id":"meetingbot-local","client_secret":"local-simulator-secret"}""", "unsupported_grant_type")]
    [InlineData("""{"client_id":"meetingbot-local","client_secret":"local-simulator-secret"}""", "invalid_request")]
    [InlineData("""{"grant_type":"refresh_token"}""", "invalid_request")]
    [InlineData("not json", "invalid_request")]
    [InlineData("[1,2]", "invalid_request")]
    public async Task Malformed_or_unsupported_requests_are_400(string body, string error)
    {
        var answer = await Http.TokenAsync(body);

        answer.AssertOAuthError(HttpStatusCode.BadRequest, error);
    }

    [Fact]
    public async Task A_form_body_is_not_accepted()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "meetingbot-local",
            ["client_secret"] = "local-simulator-secret",
        });
        using var response = await Http.Client.PostAsync("v1/auth/token", form);

        (await MoodHoodAnswer.ReadAsync(response)).AssertOAuthError(HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Refresh_grant_gives_a_new_pair_and_voids_the_old_refresh_token()
    {
        var (_, refresh) = await Http.UserTokenAsync();
        var body = $$"""{"grant_type":"refresh_token","refresh_token":"{{refresh}}"}""";

        var renewed = await Http.TokenAsync(body);
        var again = await Http.TokenAsync(body);

        Assert.Equal(HttpStatusCode.OK, renewed.Status);
        Assert.NotEqual(refresh, renewed.Text("refresh_token"));
        var me = await Http.CallWithTokenAsync(HttpMethod.Get, "/users/me", renewed.Text("access_token"));
        Assert.Equal(HttpStatusCode.OK, me.Status);
        again.AssertOAuthError(HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task An_access_token_expires_after_its_lifetime_and_then_answers_401_token_expired()
    {
        var (access, refresh) = await Http.UserTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await Http.CallWithTokenAsync(HttpMethod.Get, "/users/me", access)).Status);

        Clock.Advance(Server.Options.AccessTokenLifetime);
        var expired = await Http.CallWithTokenAsync(HttpMethod.Get, "/users/me", access);
        var renewed = await Http.TokenAsync($$"""{"grant_type":"refresh_token","refresh_token":"{{refresh}}"}""");

        expired.AssertError(HttpStatusCode.Unauthorized, "TOKEN_EXPIRED");
        Assert.Contains("invalid_token", expired.Response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.OK, renewed.Status);
        Assert.Equal(HttpStatusCode.OK, (await Http.CallWithTokenAsync(HttpMethod.Get, "/users/me", renewed.Text("access_token"))).Status);
    }

    [Fact]
    public async Task Expire_access_tokens_voids_issued_tokens_but_not_the_personal_token()
    {
        var (access, _) = await Http.UserTokenAsync();

        State.ExpireAccessTokens();

        (await Http.CallWithTokenAsync(HttpMethod.Get, "/users/me", access)).AssertError(HttpStatusCode.Unauthorized, "TOKEN_EXPIRED");
        Assert.Equal(HttpStatusCode.OK, (await Http.CallAsync(HttpMethod.Get, "/users/me")).Status);
    }

    [Fact]
    public async Task The_personal_token_is_a_user_token_that_never_expires()
    {
        Clock.Advance(TimeSpan.FromDays(400));

        var me = await Http.CallAsync(HttpMethod.Get, "/users/me");
        var spaces = await Http.CallAsync(HttpMethod.Get, "/spaces/");

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(Server.Options.AccountEmail, me.Text("email"));
        Assert.Equal(HttpStatusCode.OK, spaces.Status);
    }

    [Fact]
    public async Task Missing_unknown_refresh_and_link_tokens_are_401_unauthorized()
    {
        var (_, refresh) = await Http.UserTokenAsync();
        var room = await Http.CreateRoomAsync();
        var link = await Http.GenerateAccessAsync(room.GetProperty("id").GetString()!);
        var linkToken = link[(link.IndexOf("accessToken=", StringComparison.Ordinal) + "accessToken=".Length)..];

        foreach (var token in new string?[] { null, "forged", refresh, linkToken })
        {
            var answer = await Http.CallWithTokenAsync(HttpMethod.Get, "/users/me", token);
            answer.AssertError(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
            Assert.StartsWith("Bearer", answer.Response.Headers.WwwAuthenticate.ToString());
        }
    }

    [Fact]
    public async Task Every_token_request_is_logged_as_the_token_operation()
    {
        await Http.UserTokenAsync();

        Assert.Equal(2, State.RequestLog.Count(request => request.Operation == MoodHoodOperations.Token));
    }
}
