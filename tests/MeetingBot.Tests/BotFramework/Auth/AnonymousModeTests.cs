using MeetingBot.BotFramework.Auth;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.BotFramework.Auth;

public sealed class AnonymousModeTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a b c")]
    public async Task Every_request_is_accepted_whatever_the_header(string? header)
    {
        using AuthenticatorHarness harness = AuthenticatorHarness.Create(o => o.MicrosoftAppId = null);

        ChannelAuthResult result = await harness.AuthenticateAsync(header, channelId: null, serviceUrl: null);

        Assert.Same(ChannelAuthResult.Anonymous, result);
    }

    [Fact]
    public async Task Even_a_token_is_not_looked_at_and_no_metadata_is_fetched()
    {
        await using TestChannelIssuer issuer = await TestChannelIssuer.StartAsync();
        using AuthenticatorHarness harness = AuthenticatorHarness.Create(issuer, o => o.MicrosoftAppId = "  ");

        ChannelAuthResult result = await harness.AuthenticateTokenAsync(issuer.CreateChannelToken("someone-else", "https://x/"));

        Assert.Same(ChannelAuthResult.Anonymous, result);
        Assert.Equal(0, issuer.ChannelMetadataRequests + issuer.EntraMetadataRequests);
    }
}
