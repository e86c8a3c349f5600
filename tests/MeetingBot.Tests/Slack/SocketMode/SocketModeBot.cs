using System.Text.Json.Nodes;
using MeetingBot.Slack;
using MeetingBot.Slack.Api;
using MeetingBot.Slack.Inbound;
using MeetingBot.Slack.SocketMode;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Slack.SocketMode;

/// <summary>
/// The bot in Socket Mode (an app-level token, no signing secret) against a fake Slack — its Web API answering
/// <c>apps.connections.open</c> with the fake socket's address — with a recording request handler in place of
/// the real one.
/// </summary>
internal sealed class SocketModeBot : IAsyncDisposable
{
    public const string AppToken = "xapp-1-A0EEE-1767225600-5f0c9b7e2d4a41c6a9b8e3f1d2c7a6b5";
    public const string BotToken = "xoxb-1767225600-2468013579-Zq8wX4vB7nM1kJ3hG5fD9sA2";

    private SocketModeBot(BotHarness bot, FakeSlackApi slack, FakeSocketModeServer socket, RecordingSlackHandler handler)
    {
        Bot = bot;
        Slack = slack;
        Socket = socket;
        Handler = handler;
    }

    public BotHarness Bot { get; }
    public FakeSlackApi Slack { get; }
    public FakeSocketModeServer Socket { get; }
    public RecordingSlackHandler Handler { get; }
    public CapturedLogs Logs => Bot.App.Logs;

    /// <param name="clock">The bot's clock, for backoff tests; the real one otherwise.</param>
    /// <param name="beforeStart">Sets the fakes up before the bot first connects.</param>
    public static async Task<SocketModeBot> StartAsync(TimeProvider? clock = null, Action<FakeSlackApi, FakeSocketModeServer>? beforeStart = null)
    {
        var slack = await FakeSlackApi.StartAsync();
        var socket = await FakeSocketModeServer.StartAsync();
        slack.AppToken = AppToken;
        slack.BotToken = BotToken;
        slack.SocketUrl = socket.SocketUrl;
        beforeStart?.Invoke(slack, socket);
        var handler = new RecordingSlackHandler();
        var settings = new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = AppToken,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        var bot = await BotHarness.StartAsync(settings, WithSlack(handler, clock));
        return new SocketModeBot(bot, slack, socket, handler);
    }

    /// <summary>The bot's services with Slack (Web API and Socket Mode) and <paramref name="handler"/> as its request handler.</summary>
    public static Action<IServiceCollection> WithSlack(RecordingSlackHandler handler, TimeProvider? clock = null) => services =>
    {
        services.AddSingleton<ISlackRequestHandler>(handler);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }
    };

    /// <summary>The "slack-socket" entry of <c>/readyz</c>: status and description.</summary>
    public async Task<(string Status, string Description)> ReadinessAsync()
    {
        var body = JsonNode.Parse(await Bot.App.CreateClient().GetStringAsync("/readyz"))!;
        var check = body["checks"]!.AsArray().Single(entry => (string?)entry!["name"] == SocketModeHealthCheck.Name)!;
        return ((string)check["status"]!, (string)check["description"]!);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Socket.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
