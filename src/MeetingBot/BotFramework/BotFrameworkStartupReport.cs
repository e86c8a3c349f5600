using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework;

/// <summary>Says loudly at start-up when inbound authentication is off.</summary>
internal sealed partial class BotFrameworkStartupReport(IOptions<BotFrameworkOptions> options, ILogger<BotFrameworkStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAnonymous)
        {
            LogAnonymous();
        }
        else
        {
            LogAuthenticated(settings.MicrosoftAppId!, settings.MicrosoftAppType);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning,
        Message = "AUTHENTICATION IS OFF: MicrosoftAppId is empty, so /api/messages accepts anonymous requests and replies carry no token. " +
                  "This is for local testing with the Microsoft 365 Agents Playground only; set MicrosoftAppId (and its credentials) for any real deployment.")]
    private partial void LogAnonymous();

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Bot Framework authentication on for app {MicrosoftAppId} ({MicrosoftAppType})")]
    private partial void LogAuthenticated(string microsoftAppId, BotAppType microsoftAppType);
}
