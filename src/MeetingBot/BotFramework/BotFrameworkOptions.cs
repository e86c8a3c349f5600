namespace MeetingBot.BotFramework;

/// <summary>How the bot's Entra ID identity is provisioned (the Bot Framework's <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}

/// <summary>
/// Bot Framework settings under the key names Bot Framework users know (bound from the configuration root).
/// An empty <see cref="MicrosoftAppId"/> means anonymous local mode: no inbound JWT, no outbound token.
/// </summary>
public sealed class BotFrameworkOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    /// <summary>SingleTenant unless set: new Azure Bot registrations can no longer be multi-tenant.</summary>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.SingleTenant;
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Issuer of tokens signed by the Bot Connector service.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>OpenID metadata of the Bot Connector service (its JWKS carries channel endorsements).</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } =
        "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata for Entra ID-issued channel tokens.</summary>
    public string ToBotFromEntraOpenIdMetadataUrl { get; set; } =
        "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// How often the inbound OpenID metadata and signing keys are re-fetched even when no unknown key shows up.
    /// Microsoft asks for at least daily; values below 5 minutes are raised to 5 minutes.
    /// </summary>
    public TimeSpan OpenIdMetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Entra ID authority host for the bot's outbound token.</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Scope of the outbound token sent to the Bot Connector.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// Hosts the bot may send replies (and its token) to. A leading dot matches sub-domains.
    /// Loopback hosts are added automatically in anonymous mode.
    /// </summary>
    public string[] AllowedServiceUrlHosts { get; set; } =
        [".botframework.com", "smba.trafficmanager.net", ".teams.microsoft.com", ".teams.microsoft.us", ".botframework.us", ".botframework.azure.cn"];

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
