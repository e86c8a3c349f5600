using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Auth;

namespace MeetingBot.Tests.BotFramework.Auth;

public sealed class ChannelTokenAuthorityTests
{
    private const string OwnTenant = "3c1a8f0e-5b7d-4e2a-9c6b-1d2e3f4a5b6c";
    private static readonly BotFrameworkOptions Options = new() { MicrosoftAppId = "app", MicrosoftAppTenantId = OwnTenant };

    [Fact]
    public void The_channel_issuer_selects_the_Bot_Connector()
    {
        ChannelTokenAuthority? authority = ChannelTokenAuthority.FromIssuer("https://api.botframework.com", Options);
        Assert.Equal(ChannelTokenAuthorityKind.BotConnector, authority?.Kind);
    }

    [Fact]
    public void The_configured_channel_issuer_is_used_not_a_constant()
    {
        var usGov = new BotFrameworkOptions { MicrosoftAppId = "app", ToBotFromChannelTokenIssuer = "https://api.botframework.us" };
        Assert.Equal(ChannelTokenAuthorityKind.BotConnector, ChannelTokenAuthority.FromIssuer("https://api.botframework.us", usGov)?.Kind);
        Assert.Null(ChannelTokenAuthority.FromIssuer("https://api.botframework.com", usGov));
    }

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0", "d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/", "f8cdef31-a31e-4b4a-93e4-5f571e91255a")]
    [InlineData("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0", "f8cdef31-a31e-4b4a-93e4-5f571e91255a")]
    [InlineData("https://sts.windows.net/69e9b82d-4842-4902-8d1e-abc5b98a55e8/", "69e9b82d-4842-4902-8d1e-abc5b98a55e8")]
    [InlineData("https://login.microsoftonline.com/69e9b82d-4842-4902-8d1e-abc5b98a55e8/v2.0", "69e9b82d-4842-4902-8d1e-abc5b98a55e8")]
    [InlineData("https://sts.windows.net/" + OwnTenant + "/", OwnTenant)]
    [InlineData("https://login.microsoftonline.com/" + OwnTenant + "/v2.0", OwnTenant)]
    public void Entra_issuers_of_trusted_tenants_select_Entra_with_that_tenant(string issuer, string tenant)
    {
        ChannelTokenAuthority? authority = ChannelTokenAuthority.FromIssuer(issuer, Options);
        Assert.NotNull(authority);
        Assert.Equal(ChannelTokenAuthorityKind.Entra, authority.Kind);
        Assert.Equal(Guid.Parse(tenant), authority.TenantId);
        Assert.Equal(issuer, authority.Issuer);
    }

    [Theory]
    [InlineData("https://sts.windows.net/11111111-2222-3333-4444-555555555555/")]
    [InlineData("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0")]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/x/v2.0")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("http://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("https://sts.windows.net/")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example")]
    public void Anything_else_has_no_authority(string issuer) =>
        Assert.Null(ChannelTokenAuthority.FromIssuer(issuer, Options));

    [Fact]
    public void Without_a_configured_tenant_only_Bot_Service_tenants_are_trusted()
    {
        var multiTenant = new BotFrameworkOptions { MicrosoftAppId = "app" };
        Assert.Null(ChannelTokenAuthority.FromIssuer($"https://sts.windows.net/{OwnTenant}/", multiTenant));
    }
}
