using MeetingBot.Conferencing;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConf;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Tests.TrueConf;

/// <summary>The bot's TrueConf services, wired exactly as in the app, pointed at a simulator on a loopback port.</summary>
internal sealed class TrueConfClientHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TrueConfClientHost(ServiceProvider services, TrueConfSimulatorServer simulator, CapturedLogs logs)
    {
        _services = services;
        Simulator = simulator;
        Logs = logs;
    }

    public TrueConfSimulatorServer Simulator { get; }
    public CapturedLogs Logs { get; }
    public IConferenceService Conferences => _services.GetRequiredService<IConferenceService>();
    public IConferenceUserDirectory Directory => _services.GetRequiredService<IConferenceUserDirectory>();

    /// <summary>The API versions the bot speaks: the default v3.8 and v4.</summary>
    public static TheoryData<string> ApiVersions => new() { "v3.8", "v4" };

    /// <summary>The bot speaking <paramref name="apiVersion"/> to a fresh simulator.</summary>
    public static Task<TrueConfClientHost> ForVersionAsync(string apiVersion, Action<TrueConfSimulatorOptions>? simulator = null) =>
        StartAsync(new() { ["TrueConf:ApiVersion"] = apiVersion }, simulator);

    public static async Task<TrueConfClientHost> StartAsync(
        Dictionary<string, string?>? settings = null, Action<TrueConfSimulatorOptions>? simulator = null)
    {
        var server = await TrueConfSimulatorServer.StartAsync(simulator);
        var all = new Dictionary<string, string?>
        {
            ["TrueConf:ServerUrl"] = server.BaseUrl,
            ["TrueConf:ClientId"] = server.Options.ClientId,
            ["TrueConf:ClientSecret"] = server.Options.ClientSecret,
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(all).Build())
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddTrueConf()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new TrueConfClientHost(services, server, logs);
    }

    public NewConference Meeting(string topic = "Design review", string owner = "alex", params string[] invitees) =>
        new("test|conversation|" + Guid.NewGuid().ToString("N"), topic, owner, invitees.Length == 0 ? ["kevin"] : invitees);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
