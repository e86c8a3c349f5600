using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace MeetingBot.TrueConf;

/// <summary>
/// Decides whether TrueConf's TLS certificate is trusted: the system store, plus an optional private certificate
/// authority (many TrueConf servers sit in corporate networks with their own CA), or nothing at all when the
/// administrator explicitly opts out for a test server.
/// </summary>
internal sealed class TrueConfServerCertificateTrust
{
    private readonly X509Certificate2? _authority;
    private readonly bool _acceptAny;

    private TrueConfServerCertificateTrust(X509Certificate2? authority, bool acceptAny)
    {
        _authority = authority;
        _acceptAny = acceptAny;
    }

    public static TrueConfServerCertificateTrust From(TrueConfOptions options) => new(
        string.IsNullOrWhiteSpace(options.CaCertificatePath) ? null : LoadAuthority(options.CaCertificatePath),
        options.DangerouslyAcceptAnyServerCertificate);

    public bool Validate(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (_acceptAny || errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A private CA can only fix an untrusted chain; a wrong host name or a missing certificate stays fatal.
        if (_authority is null || certificate is null || errors != SslPolicyErrors.RemoteCertificateChainErrors)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var serverCertificate = new X509Certificate2(certificate);
        return chain.Build(serverCertificate);
    }

    public SocketsHttpHandler CreateHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(15),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) => Validate(certificate, errors),
        },
    };

    private static X509Certificate2 LoadAuthority(string path)
    {
        var text = File.ReadAllText(path);
        return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
            ? X509Certificate2.CreateFromPem(text)
            : X509CertificateLoader.LoadCertificateFromFile(path);
    }
}
