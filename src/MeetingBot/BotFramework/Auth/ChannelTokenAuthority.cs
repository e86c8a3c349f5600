namespace MeetingBot.BotFramework.Auth;

/// <summary>Which key set and rules an inbound token is validated with.</summary>
internal enum ChannelTokenAuthorityKind
{
    /// <summary>Signed by the Bot Connector service (<c>iss = https://api.botframework.com</c>).</summary>
    BotConnector,

    /// <summary>Issued by Microsoft Entra ID in a Bot Service tenant or the bot's own tenant.</summary>
    Entra,
}

/// <summary>
/// The authority chosen from a token's (still unverified) issuer. For <see cref="ChannelTokenAuthorityKind.Entra"/>
/// <see cref="TenantId"/> is the tenant named by the issuer, which the token's <c>tid</c> must repeat.
/// </summary>
internal sealed record ChannelTokenAuthority(ChannelTokenAuthorityKind Kind, string Issuer, Guid? TenantId)
{
    /// <summary>Entra tenants in which Azure AI Bot Service issues tokens to bots (reference §3.3, §3.4).</summary>
    public static IReadOnlyList<Guid> BotServiceTenants { get; } =
    [
        Guid.Parse("d6d49420-f39b-4df7-a1dc-d59a935871db"),
        Guid.Parse("f8cdef31-a31e-4b4a-93e4-5f571e91255a"),
        Guid.Parse("69e9b82d-4842-4902-8d1e-abc5b98a55e8"),
    ];

    private const string EntraV1Prefix = "https://sts.windows.net/";
    private const string EntraV1Suffix = "/";
    private const string EntraV2Prefix = "https://login.microsoftonline.com/";
    private const string EntraV2Suffix = "/v2.0";

    /// <summary>Returns the authority for <paramref name="issuer"/>, or <c>null</c> when no trusted authority uses it.</summary>
    public static ChannelTokenAuthority? FromIssuer(string issuer, BotFrameworkOptions options)
    {
        if (string.Equals(issuer, options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal))
        {
            return new ChannelTokenAuthority(ChannelTokenAuthorityKind.BotConnector, issuer, null);
        }

        Guid? tenant = TenantOf(issuer, EntraV1Prefix, EntraV1Suffix) ?? TenantOf(issuer, EntraV2Prefix, EntraV2Suffix);
        if (tenant is { } t && IsTrustedTenant(t, options))
        {
            return new ChannelTokenAuthority(ChannelTokenAuthorityKind.Entra, issuer, t);
        }

        return null;
    }

    private static bool IsTrustedTenant(Guid tenant, BotFrameworkOptions options) =>
        BotServiceTenants.Contains(tenant)
        || (Guid.TryParse(options.MicrosoftAppTenantId, out Guid own) && own == tenant);

    /// <summary>Reads the tenant GUID from <c>{prefix}{guid}{suffix}</c>; anything else (names, extra path) is no match.</summary>
    private static Guid? TenantOf(string issuer, string prefix, string suffix)
    {
        if (!issuer.StartsWith(prefix, StringComparison.Ordinal) || !issuer.EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }

        ReadOnlySpan<char> middle = issuer.AsSpan(prefix.Length, Math.Max(0, issuer.Length - prefix.Length - suffix.Length));
        return Guid.TryParseExact(middle, "D", out Guid tenant) ? tenant : null;
    }
}
