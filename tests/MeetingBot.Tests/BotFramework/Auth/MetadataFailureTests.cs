using MeetingBot.BotFramework.Auth;
using MeetingBot.Tests.Infrastructure;
using static MeetingBot.Tests.BotFramework.Auth.AuthenticatorHarness;

namespace MeetingBot.Tests.BotFramework.Auth;

/// <summary>Unreachable or unusable metadata rejects the request; it never throws to the caller.</summary>
public sealed class MetadataFailureTests
{
    [Fact]
    public async Task A_metadata_endpoint_answering_503_fails_the_request_and_recovers_later()
    {
        await using TestChannelIssuer issuer = await TestChannelIssuer.StartAsync();
        using AuthenticatorHarness harness = Create(issuer);
        issuer.MetadataAvailable = false;
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl);

        AuthAssert.Rejected(await harness.AuthenticateTokenAsync(jwt), "signing keys unavailable");
        AuthAssert.Rejected(
            await harness.AuthenticateTokenAsync(issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl)),
            "signing keys unavailable");

        issuer.MetadataAvailable = true;
        AuthAssert.Accepted(await harness.AuthenticateTokenAsync(jwt), ChannelAuthenticationTypes.BotConnector);
    }

    [Fact]
    public async Task A_metadata_host_that_is_down_fails_the_request()
    {
        TestChannelIssuer issuer = await TestChannelIssuer.StartAsync();
        using AuthenticatorHarness harness = Create(issuer);
        string jwt = issuer.CreateChannelToken(AppId, ServiceUrl);
        await issuer.DisposeAsync();

        AuthAssert.Rejected(await harness.AuthenticateTokenAsync(jwt), "signing keys unavailable");
    }

    [Fact]
    public async Task Plain_http_metadata_on_a_non_loopback_host_is_refused()
    {
        await using TestChannelIssuer issuer = await TestChannelIssuer.StartAsync();
        using AuthenticatorHarness harness = Create(issuer, o =>
            o.ToBotFromChannelOpenIdMetadataUrl = issuer.ChannelMetadataUrl.Replace("127.0.0.1", "metadata.invalid"));

        AuthAssert.Rejected(
            await harness.AuthenticateTokenAsync(issuer.CreateChannelToken(AppId, ServiceUrl)), "signing keys unavailable");
        Assert.Equal(0, issuer.ChannelMetadataRequests);
    }

    [Fact]
    public async Task A_key_set_without_jwks_uri_is_unusable()
    {
        await using TestChannelIssuer issuer = await TestChannelIssuer.StartAsync();
        using AuthenticatorHarness harness = Create(issuer, o =>
            o.ToBotFromChannelOpenIdMetadataUrl = issuer.ChannelMetadataUrl.Replace("openidconfiguration", "keys"));

        AuthAssert.Rejected(
            await harness.AuthenticateTokenAsync(issuer.CreateChannelToken(AppId, ServiceUrl)), "signing keys unavailable");
    }
}
