using MeetingBot.BotFramework.Auth;
using MeetingBot.Tests.Infrastructure;
using static MeetingBot.Tests.BotFramework.Auth.AuthenticatorHarness;

namespace MeetingBot.Tests.BotFramework.Auth;

/// <summary>Caching and refreshing of metadata and keys, reference §3.5. Each test owns its issuer to count requests.</summary>
public sealed class KeyRefreshTests : IAsyncLifetime
{
    private TestChannelIssuer _issuer = null!;
    private AuthenticatorHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TestChannelIssuer.StartAsync();
        _harness = Create(_issuer);
    }

    public async Task DisposeAsync()
    {
        _harness.Dispose();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Metadata_and_keys_are_fetched_once_and_shared_by_later_requests()
    {
        for (int i = 0; i < 5; i++)
        {
            AuthAssert.Accepted(
                await _harness.AuthenticateTokenAsync(_issuer.CreateChannelToken(AppId, ServiceUrl)),
                ChannelAuthenticationTypes.BotConnector);
        }

        Assert.Equal(1, _issuer.ChannelMetadataRequests);
        Assert.Equal(1, _issuer.ChannelKeysRequests);
        Assert.Equal(0, _issuer.EntraMetadataRequests);
    }

    [Fact]
    public async Task Concurrent_first_requests_share_one_fetch()
    {
        string jwt = _issuer.CreateChannelToken(AppId, ServiceUrl);

        ChannelAuthResult[] results = await Task.WhenAll(
            Enumerable.Range(0, 20).Select(_ => _harness.AuthenticateTokenAsync(jwt).AsTask()));

        Assert.All(results, r => AuthAssert.Accepted(r, ChannelAuthenticationTypes.BotConnector));
        Assert.Equal(1, _issuer.ChannelMetadataRequests);
        Assert.Equal(1, _issuer.ChannelKeysRequests);
    }

    [Fact]
    public async Task A_key_published_after_first_use_is_accepted_after_one_refresh()
    {
        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(_issuer.CreateChannelToken(AppId, ServiceUrl)),
            ChannelAuthenticationTypes.BotConnector);
        Assert.Equal(1, _issuer.ChannelKeysRequests);

        TestChannelIssuer.SigningKey oldKey = _issuer.ChannelKeys[0];
        TestChannelIssuer.SigningKey newKey = _issuer.RotateKeys();
        _issuer.AddKey(oldKey);

        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(_issuer.CreateChannelToken(AppId, ServiceUrl, key: newKey)),
            ChannelAuthenticationTypes.BotConnector);
        Assert.Equal(2, _issuer.ChannelMetadataRequests);
        Assert.Equal(2, _issuer.ChannelKeysRequests);

        // The refreshed set (with the new key's endorsements) now serves everyone, without further fetches.
        for (int i = 0; i < 5; i++)
        {
            AcceptedByConnector(await _harness.AuthenticateTokenAsync(_issuer.CreateChannelToken(AppId, ServiceUrl, key: newKey)));
            AcceptedByConnector(await _harness.AuthenticateTokenAsync(_issuer.CreateChannelToken(AppId, ServiceUrl, key: oldKey)));
        }

        Assert.Equal(2, _issuer.ChannelMetadataRequests);
        Assert.Equal(2, _issuer.ChannelKeysRequests);

        static void AcceptedByConnector(ChannelAuthResult r) => AuthAssert.Accepted(r, ChannelAuthenticationTypes.BotConnector);
    }

    [Fact]
    public async Task Unknown_keys_trigger_at_most_one_refresh_per_interval()
    {
        await _harness.AuthenticateTokenAsync(_issuer.CreateChannelToken(AppId, ServiceUrl));

        for (int i = 0; i < 3; i++)
        {
            var stranger = TestChannelIssuer.SigningKey.Create(TestChannelIssuer.DefaultEndorsements);
            AuthAssert.Rejected(
                await _harness.AuthenticateTokenAsync(_issuer.CreateChannelToken(AppId, ServiceUrl, key: stranger)),
                "signing key not found");
        }

        Assert.Equal(2, _issuer.ChannelMetadataRequests);
        Assert.Equal(2, _issuer.ChannelKeysRequests);
    }

    [Fact]
    public async Task A_published_key_under_an_unknown_kid_is_refused_after_at_most_one_refresh()
    {
        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(_issuer.CreateChannelToken(AppId, ServiceUrl)),
            ChannelAuthenticationTypes.BotConnector);
        TestChannelIssuer.SigningKey relabelled = _issuer.ChannelKeys[0].WithKeyId("not-a-published-kid");

        for (int i = 0; i < 3; i++)
        {
            AuthAssert.Rejected(
                await _harness.AuthenticateTokenAsync(_issuer.CreateChannelToken(AppId, ServiceUrl, key: relabelled)),
                "signing key not found");
        }

        Assert.Equal(2, _issuer.ChannelMetadataRequests);
        Assert.Equal(2, _issuer.ChannelKeysRequests);
    }

    [Fact]
    public async Task A_token_without_a_kid_causes_no_refresh()
    {
        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(_issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl)),
            ChannelAuthenticationTypes.Entra);
        TestChannelIssuer.SigningKey unlabelled = _issuer.EntraKeys[0].WithKeyId(null);

        AuthAssert.Rejected(
            await _harness.AuthenticateTokenAsync(
                _issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl, key: unlabelled)),
            "token has no kid");

        Assert.Equal(1, _issuer.EntraMetadataRequests);
        Assert.Equal(1, _issuer.EntraKeysRequests);
    }

    [Fact]
    public async Task A_new_Entra_key_is_accepted_after_one_refresh()
    {
        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(_issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl)),
            ChannelAuthenticationTypes.Entra);

        _issuer.RotateEntraKeys();

        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(_issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl)),
            ChannelAuthenticationTypes.Entra);
        AuthAssert.Accepted(
            await _harness.AuthenticateTokenAsync(_issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, ServiceUrl)),
            ChannelAuthenticationTypes.Entra);
        Assert.Equal(2, _issuer.EntraMetadataRequests);
        Assert.Equal(2, _issuer.EntraKeysRequests);
        Assert.Equal(0, _issuer.ChannelMetadataRequests);
    }
}
