using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf;

/// <summary>Says at start-up which TrueConf server is used and warns about weakened certificate checks.</summary>
internal sealed partial class TrueConfStartupReport(IOptions<TrueConfOptions> options, ILogger<TrueConfStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        LogServer(settings.ServerUrl!, settings.ApiVersion);
        if (settings.DangerouslyAcceptAnyServerCertificate)
        {
            LogCertificateChecksOff();
        }
        else if (!string.IsNullOrWhiteSpace(settings.CaCertificatePath))
        {
            LogPrivateAuthority(settings.CaCertificatePath);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "TrueConf Server: {ServerUrl} (API {ApiVersion})")]
    private partial void LogServer(string serverUrl, string apiVersion);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "TrueConf:DangerouslyAcceptAnyServerCertificate is on: TrueConf's TLS certificate is NOT checked. Use this for test servers only.")]
    private partial void LogCertificateChecksOff();

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Trusting the certificate authority in {CaCertificatePath} for TrueConf")]
    private partial void LogPrivateAuthority(string caCertificatePath);
}
