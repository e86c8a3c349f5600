namespace MeetingBot.TrueConf;

/// <summary>How the access token travels on API calls (see reference §3.3).</summary>
public enum TrueConfTokenTransport
{
    /// <summary>The confirmed form per API version: v3 query parameter, v4 bearer header.</summary>
    Auto,
    Query,
    Header,
}

/// <summary>Settings of the <c>TrueConf</c> configuration section.</summary>
public sealed class TrueConfOptions
{
    public const string SectionName = "TrueConf";

    /// <summary>Base address of TrueConf Server, e.g. <c>https://video.contoso.com</c>. Empty = embedded simulator.</summary>
    public string? ServerUrl { get; set; }

    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>REST API version path segment; v3.8 is the version TrueConf's getting-started article uses.</summary>
    public string ApiVersion { get; set; } = "v3.8";

    /// <summary>PEM or DER file of a certificate authority to trust for the server's TLS certificate.</summary>
    public string? CaCertificatePath { get; set; }

    /// <summary>Accepts any server certificate. For test servers only; logged loudly at start-up.</summary>
    public bool DangerouslyAcceptAnyServerCertificate { get; set; }

    public TrueConfTokenTransport TokenTransport { get; set; } = TrueConfTokenTransport.Auto;

    /// <summary>Longest wait for one HTTP answer from TrueConf.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long before <c>expires_in</c> a cached token is replaced.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Lets people link their account by signing in to TrueConf Server (OAuth 2.0 authorization code with PKCE,
    /// using <see cref="ClientId"/>/<see cref="ClientSecret"/>). Needs <c>MeetingBot:PublicUrl</c> for the callback.
    /// </summary>
    public bool UserSignIn { get; set; }

    /// <summary>Path of the server's OAuth authorization page (TrueConf's own integrations use <c>/oauth2/authorize</c>).</summary>
    public string AuthorizePath { get; set; } = "/oauth2/authorize";

    /// <summary>How long a sign-in link works.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromMinutes(10);

    internal bool IsV4 => ApiVersion.StartsWith("v4", StringComparison.OrdinalIgnoreCase);

    internal bool SendsTokenInQuery => TokenTransport switch
    {
        TrueConfTokenTransport.Query => true,
        TrueConfTokenTransport.Header => false,
        _ => !IsV4,
    };
}
