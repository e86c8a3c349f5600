using System.Text.Json.Nodes;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// Everything an end-to-end test needs: the TrueConf simulator and a fake Bot Connector on loopback ports, and the
/// bot wired to both with its own SQLite file.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private BotHarness(TrueConfSimulatorServer simulator, FakeBotConnector connector, MeetingBotApp app, string databasePath)
    {
        Simulator = simulator;
        Connector = connector;
        App = app;
        DatabasePath = databasePath;
    }

    public TrueConfSimulatorServer Simulator { get; }
    public FakeBotConnector Connector { get; }
    public MeetingBotApp App { get; }
    public string DatabasePath { get; }
    public TrueConfSimulatorState TrueConf => Simulator.State;

    public static async Task<BotHarness> StartAsync(
        Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        Action<TrueConfSimulatorOptions>? simulator = null,
        string? databasePath = null,
        TimeProvider? clock = null)
    {
        var trueConf = await TrueConfSimulatorServer.StartAsync(simulator, clock);
        var connector = await FakeBotConnector.StartAsync();
        databasePath ??= Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        var all = BaseSettings(trueConf, databasePath);
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var app = new MeetingBotApp(all, clock is null ? services : registered =>
        {
            registered.AddSingleton(clock);
            services?.Invoke(registered);
        });
        try
        {
            _ = app.Server; // start now, so start-up failures surface in the test that caused them
        }
        catch
        {
            await app.DisposeAsync();
            await connector.DisposeAsync();
            await trueConf.DisposeAsync();
            throw;
        }

        return new BotHarness(trueConf, connector, app, databasePath);
    }

    public static Dictionary<string, string?> BaseSettings(TrueConfSimulatorServer trueConf, string databasePath) => new()
    {
        ["TrueConf:ServerUrl"] = trueConf.BaseUrl,
        ["TrueConf:ClientId"] = trueConf.Options.ClientId,
        ["TrueConf:ClientSecret"] = trueConf.Options.ClientSecret,
        ["Storage:SqlitePath"] = databasePath,
        ["MicrosoftAppId"] = "",
        ["Logging:LogLevel:MeetingBot"] = "Debug",
    };

    /// <summary>A Teams message from <paramref name="fromId"/> in a channel, mentioning the bot first.</summary>
    public JsonObject Message(string text, string fromId = TestActivities.AlexId, string fromName = "Alex Wilber") =>
        TestActivities.ChannelMessage(Connector.ServiceUrl, text, fromId, fromName);

    public Task<HttpResponseMessage> SendAsync(JsonObject activity, string? bearerToken = null) => App.PostActivityAsync(activity, bearerToken);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
