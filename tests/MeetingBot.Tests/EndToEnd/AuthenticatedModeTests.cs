using System.Net;
using Azure.Core;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// With <c>MicrosoftAppId</c> set, requests must carry a channel token signed by keys from the (local) OpenID
/// metadata, and replies carry the bot's own Entra ID token.
/// </summary>
public sealed class AuthenticatedModeTests : IAsyncLifetime
{
    private const string AppId = "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60";
    private TestChannelIssuer _issuer = null!;
    private BotHarness _bot = null!;
    private readonly Mock<TokenCredential> _credential = new();

    public async Task InitializeAsync()
    {
        _issuer = await TestChannelIssuer.StartAsync();
        _credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken("bot-outbound-token", DateTimeOffset.UtcNow.AddHours(1)));
        _bot = await BotHarness.StartAsync(
            new()
            {
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "app-secret",
                ["MicrosoftAppType"] = "MultiTenant",
                ["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.ChannelMetadataUrl,
                ["ToBotFromEntraOpenIdMetadataUrl"] = _issuer.EntraMetadataUrl,
                ["ToBotFromChannelTokenIssuer"] = _issuer.ChannelIssuer,
                ["AllowedServiceUrlHosts:0"] = "127.0.0.1",
            },
            services => services.AddSingleton(new BotConnectorCredential(_credential.Object)));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_replies_carry_the_bots_own_token()
    {
        var token = _issuer.CreateChannelToken(AppId, _bot.Connector.ServiceUrl);

        var first = await _bot.SendAsync(_bot.Message("start meeting with kevin"), token);
        var reply = await _bot.Connector.NextMessageAsync();
        await _bot.SendAsync(_bot.Message("help"), token);
        var second = await _bot.Connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(reply.Card);
        Assert.Equal("Bearer bot-outbound-token", reply.Authorization);
        Assert.Equal("Bearer bot-outbound-token", second.Authorization);
        // Cached: one token for every reply and member lookup.
        _credential.Verify(c => c.GetTokenAsync(
            It.Is<TokenRequestContext>(ctx => ctx.Scopes.SequenceEqual(new[] { "https://api.botframework.com/.default" })),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    public static TheoryData<string> RejectedTokens =>
        ["wrong audience", "wrong issuer", "expired", "unsigned", "service url mismatch", "no token", "unknown key", "unknown kid", "no kid"];

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Bad_tokens_are_refused_with_401_and_nothing_happens(string kind)
    {
        var serviceUrl = _bot.Connector.ServiceUrl;
        var token = kind switch
        {
            "wrong audience" => _issuer.CreateChannelToken("another-app", serviceUrl),
            "wrong issuer" => _issuer.CreateChannelToken(AppId, serviceUrl, issuer: "https://evil.example"),
            "expired" => _issuer.CreateChannelToken(AppId, serviceUrl, notBefore: DateTimeOffset.UtcNow.AddHours(-2), expires: DateTimeOffset.UtcNow.AddMinutes(-10)),
            "unsigned" => TestChannelIssuer.WithoutSignature(_issuer.CreateChannelToken(AppId, serviceUrl)),
            "service url mismatch" => _issuer.CreateChannelToken(AppId, "https://smba.trafficmanager.net/emea/"),
            "unknown key" => _issuer.CreateChannelToken(AppId, serviceUrl, key: TestChannelIssuer.SigningKey.Create(TestChannelIssuer.DefaultEndorsements)),
            "unknown kid" => _issuer.CreateChannelToken(AppId, serviceUrl, key: _issuer.ChannelKeys[0].WithKeyId("not-a-published-kid")),
            "no kid" => _issuer.CreateChannelToken(AppId, serviceUrl, key: _issuer.ChannelKeys[0].WithKeyId(null)),
            _ => null,
        };

        var response = await _bot.SendAsync(_bot.Message("start meeting with kevin"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(await _bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Empty(_bot.TrueConf.Conferences);
        if (token is not null)
        {
            Assert.DoesNotContain(token, _bot.App.Logs.All);
        }
    }

    [Fact]
    public async Task An_Entra_token_for_the_activitys_service_url_is_accepted()
    {
        var token = _issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, _bot.Connector.ServiceUrl);

        var response = await _bot.SendAsync(_bot.Message("help"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer bot-outbound-token", (await _bot.Connector.NextMessageAsync()).Authorization);
    }

    [Theory]
    [InlineData(null, "token has no serviceurl claim")]
    [InlineData("https://smba.trafficmanager.net/emea/", "serviceurl claim does not match the activity")]
    public async Task An_Entra_token_without_the_activitys_service_url_is_refused_with_401_and_a_logged_reason(
        string? claimedServiceUrl, string reason)
    {
        var token = _issuer.CreateEntraToken(TestChannelIssuer.BotServiceTenantId, AppId, claimedServiceUrl);

        var response = await _bot.SendAsync(_bot.Message("start meeting with kevin"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(await _bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Empty(_bot.TrueConf.Conferences);
        Assert.Contains(_bot.App.Logs.Lines, line => line.Contains($"rejected: {reason} (authority: Entra)", StringComparison.Ordinal));
        Assert.DoesNotContain(token, _bot.App.Logs.All);
    }
}
