using MeetingBot.Slack;
using MeetingBot.Slack.Api;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Slack;

/// <summary>The bot's Slack Web API services, wired exactly as in the app, pointed at a <see cref="FakeSlackApi"/>, on a fake clock.</summary>
internal sealed class SlackApiHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SlackApiHost(ServiceProvider services, FakeSlackApi slack, CapturedLogs logs, FakeTimeProvider clock)
    {
        _services = services;
        Slack = slack;
        Logs = logs;
        Clock = clock;
    }

    public FakeSlackApi Slack { get; }
    public CapturedLogs Logs { get; }
    public FakeTimeProvider Clock { get; }
    public SlackWebApiClient Client => _services.GetRequiredService<SlackWebApiClient>();

    /// <summary>HTTP mode against a fresh fake; <paramref name="settings"/> add to or replace the <c>Slack:*</c> keys.</summary>
    public static async Task<SlackApiHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var slack = await FakeSlackApi.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "8f742231b10e8888abcd99yyyzzz85a5",
            ["Slack:BotToken"] = FakeSlackApi.DefaultBotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var logs = new CapturedLogs();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(all).Build())
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(clock)
            .AddSlackWebApi()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new SlackApiHost(services, slack, logs, clock);
    }

    /// <summary>The readiness checks as <c>/readyz</c> runs them.</summary>
    public Task<HealthReport> CheckHealthAsync() =>
        _services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains(Health.HealthEndpoints.Ready));

    public static byte[] Json(string json) => System.Text.Encoding.UTF8.GetBytes(json);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
