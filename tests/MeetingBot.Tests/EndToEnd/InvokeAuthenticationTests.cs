using System.Net;
using Azure.Core;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Meetings;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>With <c>MicrosoftAppId</c> set, an invoke passes the same token check as any activity before any action runs.</summary>
public sealed class InvokeAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60";
    private TestChannelIssuer _issuer = null!;
    private BotHarness _bot = null!;
    private readonly Mock<ICardAction> _action = new();

    public async Task InitializeAsync()
    {
        _issuer = await TestChannelIssuer.StartAsync();
        var credential = new Mock<TokenCredential>();
        credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken("bot-outbound-token", DateTimeOffset.UtcNow.AddHours(1)));
        _action.SetupGet(a => a.Verb).Returns("test.guarded");
        _action.Setup(a => a.HandleAsync(It.IsAny<CardActionRequest>(), It.IsAny<IChatConversation>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ShowMessage("done"));
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
            services => services.AddSingleton(new BotConnectorCredential(credential.Object)).AddSingleton(_action.Object));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Theory]
    [InlineData("no token")]
    [InlineData("wrong audience")]
    public async Task An_invoke_without_a_valid_token_is_refused_with_401_and_runs_nothing(string kind)
    {
        var token = kind == "no token" ? null : _issuer.CreateChannelToken("another-app", _bot.Connector.ServiceUrl);

        var response = await _bot.SendAsync(InvokeTests.CardAction(_bot, "test.guarded", []), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        _action.Verify(a => a.HandleAsync(It.IsAny<CardActionRequest>(), It.IsAny<IChatConversation>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task An_invoke_with_a_valid_channel_token_is_answered()
    {
        var response = await _bot.SendAsync(InvokeTests.CardAction(_bot, "test.guarded", []), _issuer.CreateChannelToken(AppId, _bot.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"value\":\"done\"", await response.Content.ReadAsStringAsync());
    }
}
