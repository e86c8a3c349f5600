using MeetingBot.Conferencing;
using MeetingBot.MoodHood;
using MeetingBot.MoodHoodSimulator;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Tests.MoodHood;

/// <summary>The bot's MoodHood services, wired exactly as in the app, pointed at a simulator on a loopback port.</summary>
internal sealed class MoodHoodClientHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private MoodHoodClientHost(ServiceProvider services, MoodHoodSimulatorServer simulator, CapturedLogs logs)
    {
        _services = services;
        Simulator = simulator;
        Logs = logs;
    }

    public MoodHoodSimulatorServer Simulator { get; }
    public MoodHoodSimulatorState State => Simulator.State;
    public CapturedLogs Logs { get; }
    public IConferenceService Conferences => _services.GetRequiredService<IConferenceService>();
    public IPersonalLinkIssuer Links => _services.GetRequiredService<IPersonalLinkIssuer>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Signed in with the simulator's personal token.</summary>
    public static Task<MoodHoodClientHost> WithPersonalTokenAsync(Dictionary<string, string?>? settings = null, Action<MoodHoodSimulatorOptions>? simulator = null) =>
        StartAsync(server => new() { ["MoodHood:PersonalToken"] = server.Options.PersonalToken }, settings, simulator);

    /// <summary>Signed in with client credentials and the seeded account's password.</summary>
    public static Task<MoodHoodClientHost> WithPasswordAsync(Dictionary<string, string?>? settings = null, Action<MoodHoodSimulatorOptions>? simulator = null) =>
        StartAsync(server => new()
        {
            ["MoodHood:ClientId"] = server.Options.ClientId,
            ["MoodHood:ClientSecret"] = server.Options.ClientSecret,
            ["MoodHood:Username"] = server.Options.AccountEmail,
            ["MoodHood:Password"] = server.Options.AccountPassword,
        }, settings, simulator);

    private static async Task<MoodHoodClientHost> StartAsync(
        Func<MoodHoodSimulatorServer, Dictionary<string, string?>> credentials, Dictionary<string, string?>? settings, Action<MoodHoodSimulatorOptions>? simulator)
    {
        var server = await MoodHoodSimulatorServer.StartAsync(simulator);
        var all = new Dictionary<string, string?>
        {
            ["MoodHood:ApiBaseUrl"] = server.BaseUrl,
            ["MoodHood:WebBaseUrl"] = server.BaseUrl,
            ["MoodHood:SpaceId"] = server.Options.SpaceId,
            ["MoodHood:TimeoutSeconds"] = "5",
        };
        foreach (var (key, value) in credentials(server).Concat(settings ?? []))
        {
            all[key] = value;
        }

        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(all).Build())
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddMoodHood()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new MoodHoodClientHost(services, server, logs);
    }

    public static NewConference Meeting(string topic = "Design review", ConferenceLayout layout = ConferenceLayout.AllOnScreen) =>
        new("teams|conversation|" + Guid.NewGuid().ToString("N"), topic, "29:alex-chat-id", ["29:kevin-chat-id"], layout);

    /// <summary>How many requests of <paramref name="operation"/> (<see cref="MoodHoodOperations"/>) the simulator received.</summary>
    public int Count(string operation) => State.RequestLog.Count(request => request.Operation == operation);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
