using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// The bot scaled out: several instances (apps under <see cref="Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory{TEntryPoint}"/>)
/// on one Redis key prefix, with one TrueConf simulator and one fake Bot Connector — as App Service runs them behind
/// its load balancer.
/// </summary>
public sealed class ScaledOutBots : IAsyncDisposable
{
    private readonly List<MeetingBotApp> _instances = [];
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private ScaledOutBots(
        TrueConfSimulatorServer simulator, FakeBotConnector connector, RedisServer redis, Dictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _services = services;
        Simulator = simulator;
        Connector = connector;
        Redis = redis;
        _settings = settings;
    }

    public TrueConfSimulatorServer Simulator { get; }

    public FakeBotConnector Connector { get; }

    public RedisServer Redis { get; }

    public MeetingBot.TrueConfSimulator.TrueConfSimulatorState TrueConf => Simulator.State;

    public MeetingBotApp this[int instance] => _instances[instance];

    /// <param name="redis">The shared run's server unless a test brings its own (to stop it).</param>
    public static async Task<ScaledOutBots> StartAsync(
        int instances = 2, RedisServer? redis = null, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var simulator = await TrueConfSimulatorServer.StartAsync();
        var connector = await FakeBotConnector.StartAsync();
        redis ??= await RedisServer.Shared;
        var all = BotHarness.BaseSettings(simulator, databasePath: "unused-with-redis.db");
        all["Storage:Provider"] = "Redis";
        all["Storage:Redis:ConnectionString"] = redis.ConnectionString;
        all["Storage:Redis:KeyPrefix"] = RedisServer.NewPrefix();
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var bots = new ScaledOutBots(simulator, connector, redis, all, services);
        for (var i = 0; i < instances; i++)
        {
            bots.AddInstance();
        }

        return bots;
    }

    /// <summary>Starts one more instance (a scale-out, or the replacement of one that died).</summary>
    public MeetingBotApp AddInstance()
    {
        var app = new MeetingBotApp(_settings, _services);
        _ = app.Server; // started now, so start-up failures surface in the test that caused them
        _instances.Add(app);
        return app;
    }

    /// <summary>Stops instance <paramref name="instance"/> (what it was doing is left unfinished), keeping its place in the list.</summary>
    public async Task StopAsync(int instance) => await _instances[instance].DisposeAsync();

    /// <summary>A Teams message from Alex in a channel, mentioning the bot first.</summary>
    public JsonObject Message(string text, string fromId = TestActivities.AlexId, string fromName = "Alex Wilber") =>
        TestActivities.ChannelMessage(Connector.ServiceUrl, text, fromId, fromName);

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await Connector.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
