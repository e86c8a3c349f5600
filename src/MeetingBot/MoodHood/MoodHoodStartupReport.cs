using Microsoft.Extensions.Options;

namespace MeetingBot.MoodHood;

/// <summary>Says at start-up which MoodHood API, space and sign-in form are used (never a credential).</summary>
internal sealed partial class MoodHoodStartupReport(IOptions<MoodHoodOptions> options, ILogger<MoodHoodStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        LogBackend(settings.ApiBaseUrl!, settings.SpaceId!, settings.UsesPersonalToken ? "personal token" : "client credentials and account password",
            settings.WebBaseUrl!, settings.LinkTtlSeconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information,
        Message = "Video backend MoodHood: API {ApiBaseUrl}, space {SpaceId}, signing in with the {AuthForm}; meeting pages at {WebBaseUrl}, personal links live {LinkTtlSeconds} s")]
    private partial void LogBackend(string apiBaseUrl, string spaceId, string authForm, string webBaseUrl, int linkTtlSeconds);
}
