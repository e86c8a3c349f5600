using MeetingBot.BotFramework.Auth;
using MeetingBot.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;
using static MeetingBot.Tests.BotFramework.Auth.AuthenticatorHarness;

namespace MeetingBot.Tests.BotFramework.Auth;

/// <summary>Tokens signed by the (fake) Bot Connector service, reference §3.2.</summary>
public sealed class ConnectorTokenTests(TestChannelIssuer issuer) : IClassFixture<TestChannelIssuer>, IDisposable
{
    private readonly AuthenticatorHarness _harness = Create(issuer);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_valid_token_is_accepted_with_its_claims()
    {
        ChannelAuthResult result = await _harness.AuthenticateTokenAsync(issuer.CreateChannelToken(AppId, ServiceUrl));

        AuthAssert.Accepted(result, ChannelAuthenticationTypes.BotConnector);
        Assert.Equal(ServiceUrl, result.Identity!.FindFirst("serviceurl")?.Value);
        Assert.Equal(AppId, result.Identity.FindFirst("aud")?.Value);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task RS384_and_RS512_are_accepted(string algorithm) =>
        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(issuer.CreateChannelToken(AppId, ServiceUrl, algorithm: algorithm)),
            ChannelAuthenticationTypes.BotConnector);

    [Fact]
    public async Task A_serviceUrl_differing_only_in_case_is_accepted() =>
        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(
                issuer.CreateChannelToken(AppId, ServiceUrl.ToUpperInvariant()), serviceUrl: ServiceUrl),
            ChannelAuthenticationTypes.BotConnector);

    [Theory]
    [InlineData("11111111-2222-3333-4444-555555555555")]
    [InlineData("api://" + AppId)]
    [InlineData("https://api.botframework.com")]
    public async Task A_token_for_another_audience_is_rejected(string audience) =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(issuer.CreateChannelToken(audience, ServiceUrl)),
            "audience not accepted");

    [Theory]
    [InlineData("https://api.botframework.us")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example")]
    public async Task A_token_from_another_issuer_is_rejected(string otherIssuer) =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(issuer.CreateChannelToken(AppId, ServiceUrl, issuer: otherIssuer)),
            "issuer not trusted");

    [Fact]
    public async Task A_token_expired_beyond_the_5_minute_skew_is_rejected()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-6));

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "token expired");
    }

    [Fact]
    public async Task A_token_expired_within_the_5_minute_skew_is_accepted()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-4));

        AuthAssert.Accepted(await _harness.AuthenticateTokenAsync(jwt), ChannelAuthenticationTypes.BotConnector);
    }

    [Fact]
    public async Task A_token_not_yet_valid_beyond_the_skew_is_rejected()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, notBefore: now.AddMinutes(6), expires: now.AddHours(1));

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "token not yet valid");
    }

    [Fact]
    public async Task A_token_starting_within_the_skew_is_accepted()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, notBefore: now.AddMinutes(4), expires: now.AddHours(1));

        AuthAssert.Accepted(await _harness.AuthenticateTokenAsync(jwt), ChannelAuthenticationTypes.BotConnector);
    }

    [Fact]
    public async Task An_unsigned_token_is_rejected()
    {
        string unsigned = TestChannelIssuer.WithoutSignature(issuer.CreateChannelToken(AppId, ServiceUrl));

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(unsigned), "invalid signature");
    }

    [Fact]
    public async Task A_token_signed_by_a_key_outside_the_key_set_is_rejected()
    {
        var stranger = TestChannelIssuer.SigningKey.Create(TestChannelIssuer.DefaultEndorsements);
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, key: stranger);

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "signing key not found");
    }

    [Fact]
    public async Task A_published_key_under_a_kid_that_is_not_published_is_rejected()
    {
        TestChannelIssuer.SigningKey relabelled = issuer.ChannelKeys[0].WithKeyId("not-a-published-kid");
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, key: relabelled);

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "signing key not found");
    }

    [Fact]
    public async Task A_token_without_a_kid_is_rejected()
    {
        TestChannelIssuer.SigningKey unlabelled = issuer.ChannelKeys[0].WithKeyId(null);
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, key: unlabelled);

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "token has no kid");
    }

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_reusing_a_published_kid_is_rejected()
    {
        var stranger = TestChannelIssuer.SigningKey.Create(TestChannelIssuer.DefaultEndorsements);
        stranger.SecurityKey.KeyId = issuer.ChannelKeys[0].KeyId;
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, key: stranger);

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "invalid signature");
    }

    [Theory]
    [InlineData("aud", "11111111-2222-3333-4444-555555555555")]
    [InlineData("serviceurl", "https://evil.example/")]
    public async Task A_tampered_payload_is_rejected(string claim, string value)
    {
        string tampered = TestChannelIssuer.WithTamperedClaim(issuer.CreateChannelToken(AppId, ServiceUrl), claim, value);

        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(tampered, serviceUrl: claim == "serviceurl" ? value : ServiceUrl),
            "invalid signature");
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("https://evil.example/emea/")]
    [InlineData(null)]
    public async Task A_serviceUrl_other_than_the_activitys_is_rejected(string? activityServiceUrl) =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(issuer.CreateChannelToken(AppId, ServiceUrl), serviceUrl: activityServiceUrl),
            "serviceurl claim does not match the activity");

    [Fact]
    public async Task A_token_without_serviceurl_claim_is_rejected() =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(issuer.CreateChannelToken(AppId, serviceUrl: null)),
            "token has no serviceurl claim");

    [Fact]
    public async Task The_claim_name_is_case_sensitive_serviceUrl_does_not_count()
    {
        string jwt = issuer.CreateChannelToken(
            AppId, serviceUrl: null, claims: new Dictionary<string, object> { ["serviceUrl"] = ServiceUrl });

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "token has no serviceurl claim");
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_channel_is_rejected()
    {
        var webchatOnly = issuer.AddKey(TestChannelIssuer.SigningKey.Create(["webchat"]));
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, key: webchatOnly);

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "signing key is not endorsed for the channel");
        AuthAssert.Accepted(await _harness.AuthenticateTokenAsync(jwt, channelId: "webchat"), ChannelAuthenticationTypes.BotConnector);
    }

    [Fact]
    public async Task A_key_without_endorsements_is_rejected()
    {
        var unendorsed = issuer.AddKey(TestChannelIssuer.SigningKey.Create(endorsements: null));
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, key: unendorsed);

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "signing key has no endorsements");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task An_activity_without_channelId_is_rejected(string? channelId) =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(issuer.CreateChannelToken(AppId, ServiceUrl), channelId: channelId),
            "activity has no channelId");

    [Fact]
    public async Task A_token_signed_with_an_Entra_key_is_rejected()
    {
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl, key: issuer.EntraKeys[0]);

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "signing key not found");
    }

    [Fact]
    public async Task A_missing_header_is_rejected() =>
        AuthAssert.Rejected(await _harness.AuthenticateAsync(null), "missing Authorization header");

    [Fact]
    public async Task A_Basic_header_is_rejected() =>
        AuthAssert.Rejected(await _harness.AuthenticateAsync("Basic dXNlcjpwYXNz"), "Authorization scheme is not Bearer");

    [Fact]
    public async Task A_header_with_three_parts_is_rejected() =>
        AuthAssert.Rejected(
            await _harness.AuthenticateAsync($"Bearer {issuer.CreateChannelToken(AppId, ServiceUrl)} x"),
            "Authorization header must have exactly two parts");

    [Fact]
    public async Task A_lower_case_bearer_scheme_is_accepted() =>
        AuthAssert.Accepted(
            await _harness.AuthenticateAsync("bearer " + issuer.CreateChannelToken(AppId, ServiceUrl)),
            ChannelAuthenticationTypes.BotConnector);
}
