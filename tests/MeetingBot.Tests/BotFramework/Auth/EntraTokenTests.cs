using MeetingBot.BotFramework.Auth;
using MeetingBot.Tests.Infrastructure;
using static MeetingBot.Tests.BotFramework.Auth.AuthenticatorHarness;

namespace MeetingBot.Tests.BotFramework.Auth;

/// <summary>Entra ID–issued channel tokens, reference §3.3 (MeetingBot rule).</summary>
public sealed class EntraTokenTests(TestChannelIssuer issuer) : IClassFixture<TestChannelIssuer>, IDisposable
{
    private const string UnknownTenant = "11111111-2222-3333-4444-555555555555";
    private readonly AuthenticatorHarness _harness = Create(issuer);

    public void Dispose() => _harness.Dispose();

    public static TheoryData<string, string, string> AllowedTenantsVersionsAndAudiences()
    {
        var data = new TheoryData<string, string, string>();
        string[] tenants =
        [
            "d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
            "69e9b82d-4842-4902-8d1e-abc5b98a55e8", BotTenantId,
        ];
        foreach (string tenant in tenants)
        {
            foreach (string version in new[] { "1.0", "2.0" })
            {
                foreach (string audience in new[] { AppId, $"api://{AppId}", $"api://botid-{AppId}" })
                {
                    data.Add(tenant, version, audience);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedTenantsVersionsAndAudiences))]
    public async Task Tokens_from_allowed_tenants_with_each_audience_form_are_accepted(
        string tenant, string version, string audience)
    {
        string jwt = issuer.CreateEntraToken(tenant, audience, ServiceUrl, version);

        ChannelAuthResult result = await _harness.AuthenticateTokenAsync(jwt);

        AuthAssert.Accepted(result, ChannelAuthenticationTypes.Entra);
        Assert.Equal(tenant, result.Identity!.FindFirst("tid")?.Value);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task A_token_from_an_unknown_tenant_is_rejected(string version) =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(issuer.CreateEntraToken(UnknownTenant, AppId, ServiceUrl, version)),
            "issuer not trusted");

    [Fact]
    public async Task The_bots_own_tenant_is_trusted_only_when_configured()
    {
        using AuthenticatorHarness noTenant = Create(issuer, o => o.MicrosoftAppTenantId = null);

        AuthAssert.Rejected(
            await noTenant.AuthenticateTokenAsync(issuer.CreateEntraToken(BotTenantId, AppId, ServiceUrl)), "issuer not trusted");
    }

    [Theory]
    [InlineData(UnknownTenant)]
    [InlineData("f8cdef31-a31e-4b4a-93e4-5f571e91255a")]
    [InlineData("not-a-guid")]
    public async Task A_tid_other_than_the_issuers_tenant_is_rejected(string tid) =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(
                issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl, tid: tid)),
            "tid does not match the issuer's tenant");

    [Theory]
    [InlineData("11111111-2222-3333-4444-555555555555")]
    [InlineData("api://botid-11111111-2222-3333-4444-555555555555")]
    [InlineData("https://api.botframework.com")]
    public async Task A_token_for_another_audience_is_rejected(string audience) =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, audience, ServiceUrl)),
            "audience not accepted");

    [Fact]
    public async Task A_matching_serviceurl_claim_is_accepted() =>
        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(
                issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, serviceUrl: ServiceUrl)),
            ChannelAuthenticationTypes.Entra);

    [Fact]
    public async Task A_token_without_a_serviceurl_claim_is_rejected() =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(
                issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, serviceUrl: null)),
            "token has no serviceurl claim");

    [Fact]
    public async Task The_serviceurl_claim_is_compared_ignoring_case() =>
        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(
                issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl.ToUpperInvariant())),
            ChannelAuthenticationTypes.Entra);

    [Fact]
    public async Task A_serviceurl_claim_that_does_not_match_is_rejected() =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(
                issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, serviceUrl: "https://evil.example/")),
            "serviceurl claim does not match the activity");

    [Fact]
    public async Task An_expired_token_is_rejected()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        string jwt = issuer.CreateEntraToken(
            TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl, notBefore: now.AddHours(-2), expires: now.AddMinutes(-6));

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "token expired");
    }

    [Fact]
    public async Task A_token_signed_with_a_Bot_Connector_key_is_rejected()
    {
        string jwt = issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl, key: issuer.ChannelKeys[0]);

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "signing key not found");
    }

    [Fact]
    public async Task A_published_key_under_a_kid_that_is_not_published_is_rejected()
    {
        TestChannelIssuer.SigningKey relabelled = issuer.EntraKeys[0].WithKeyId("not-a-published-kid");
        string jwt = issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl, key: relabelled);

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "signing key not found");
    }

    [Fact]
    public async Task A_token_without_a_kid_is_rejected()
    {
        TestChannelIssuer.SigningKey unlabelled = issuer.EntraKeys[0].WithKeyId(null);
        string jwt = issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl, key: unlabelled);

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "token has no kid");
    }

    [Fact]
    public async Task A_tampered_audience_is_rejected()
    {
        string jwt = TestChannelIssuer.WithTamperedClaim(
            issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl), "aud", $"api://{AppId}");

        AuthAssert.Rejected(await _harness.AuthenticateTokenAsync(jwt), "invalid signature");
    }

    [Fact]
    public async Task An_unsigned_token_is_rejected() =>
        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(
                TestChannelIssuer.WithoutSignature(issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl))),
            "invalid signature");
}
