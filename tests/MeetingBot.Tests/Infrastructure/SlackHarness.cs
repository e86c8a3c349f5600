using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// The bot with Slack on, over HTTP: the TrueConf simulator and the fake Slack Web API on loopback ports, and
/// helpers that send signed slash commands, events and clicks as Slack does.
/// </summary>
public sealed class SlackHarness : IAsyncDisposable
{
    /// <summary>The signing secret of Slack's documented example (reference §1).</summary>
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    public const string Team = "T0AAA";
    public const string Channel = "C0GENERAL";
    public const string Alex = "U0ALEX";
    public const string Kevin = "U0KEVIN";
    public const string Dean = "U0DEAN";
    public const string Stranger = "U0STRANGER";

    private const string SlackConversationChannel = "slack";

    private int _next;

    private SlackHarness(TrueConfSimulatorServer simulator, FakeSlackApi slack, MeetingBotApp app, string databasePath)
    {
        Simulator = simulator;
        Slack = slack;
        App = app;
        DatabasePath = databasePath;
    }

    public TrueConfSimulatorServer Simulator { get; }
    public FakeSlackApi Slack { get; }
    public MeetingBotApp App { get; }
    public string DatabasePath { get; }
    public TrueConfSimulatorState TrueConf => Simulator.State;

    public static async Task<SlackHarness> StartAsync(
        Dictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        Action<TrueConfSimulatorOptions>? simulator = null,
        string? databasePath = null)
    {
        var trueConf = await TrueConfSimulatorServer.StartAsync(simulator);
        var slack = await FakeSlackApi.StartAsync();
        slack.AddUser(Alex, "alex", "alexw@contoso.example", realName: "Alex Wilber");
        slack.AddUser(Kevin, "kevin", "kevin.smith@corp.contoso.example", realName: "Kevin Smith");
        slack.AddUser(Dean, "dean", "dean@contoso.example", realName: "Dean Novak");
        slack.AddUser(Stranger, "stranger", "stranger@elsewhere.example", realName: "Sam Stranger");
        databasePath ??= Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        var all = BotHarness.BaseSettings(trueConf, databasePath);
        all["Slack:SigningSecret"] = SigningSecret;
        all["Slack:BotToken"] = slack.BotToken;
        all["Slack:ApiBaseUrl"] = slack.ApiBaseUrl;
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var app = new MeetingBotApp(all, services);
        try
        {
            _ = app.Server;
        }
        catch
        {
            await app.DisposeAsync();
            await slack.DisposeAsync();
            await trueConf.DisposeAsync();
            throw;
        }

        return new SlackHarness(trueConf, slack, app, databasePath);
    }

    /// <summary>The timestamp (Unix seconds) of the last request <see cref="PostSignedAsync"/> signed.</summary>
    public long? LastSignedAt { get; private set; }

    /// <summary>A fresh trigger id, as Slack gives every command and click.</summary>
    public string NewTriggerId() => $"{Interlocked.Increment(ref _next)}.4744562912.803a0bc887a14d10d2c447fce8b6703c";

    /// <summary>The form Slack posts for <c>/meet {text}</c>; its response URL is named <paramref name="responseName"/> on the fake.</summary>
    public string CommandForm(string text, string responseName, string user = Alex, string channel = Channel, string? triggerId = null) =>
        Form(
            ("token", "legacy-ignored"), ("team_id", Team), ("team_domain", "acme"), ("channel_id", channel), ("channel_name", "general"),
            ("user_id", user), ("user_name", "someone"), ("command", "/meet"), ("text", text), ("api_app_id", "A0EEE"),
            ("is_enterprise_install", "false"), ("response_url", Slack.ResponseUrl(responseName)), ("trigger_id", triggerId ?? NewTriggerId()));

    /// <summary>
    /// <c>/meet {text}</c> in the channel; returns the meeting's posted message and its ts once the meeting is written
    /// down with it (just after the post: a click before that finds no meeting, which a person never manages).
    /// </summary>
    public async Task<(JsonObject Card, string Ts)> StartMeetingAsync(string text, string responseName = "start")
    {
        var earlier = Slack.CallsTo("chat.postMessage").ToHashSet<object>(ReferenceEqualityComparer.Instance);
        await CommandAsync(text, responseName);
        var post = await Slack.WaitForCallAsync("chat.postMessage", call => call.Arg("channel") == Channel && !earlier.Contains(call), TimeSpan.FromSeconds(30));
        var ts = await Slack.PostedTsAsync(post);
        var meetings = App.Services.GetRequiredService<MeetingBot.Storage.IMeetingStore>();
        for (var waited = 0; (await meetings.FindLatestInConversationAsync(SlackConversationChannel, Channel, CancellationToken.None))?.CardMessageId != ts; waited++)
        {
            Assert.True(waited < 300, "the meeting was not written down with its message");
            await Task.Delay(20);
        }

        return (post.Json!, ts);
    }

    public Task<HttpResponseMessage> CommandAsync(string text, string responseName, string user = Alex, string channel = Channel) =>
        PostSignedAsync("/slack/commands", CommandForm(text, responseName, user, channel), "application/x-www-form-urlencoded");

    /// <summary>An <c>event_callback</c> envelope around <paramref name="inner"/>.</summary>
    public static JsonObject Envelope(string eventId, JsonObject inner) => new()
    {
        ["token"] = "legacy-ignored",
        ["team_id"] = Team,
        ["api_app_id"] = "A0EEE",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1767225600,
        ["event"] = inner,
    };

    public static JsonObject Mention(string text, string user = Alex, string channel = Channel, string ts = "1767225600.000100", string? threadTs = null)
    {
        var mention = new JsonObject
        {
            ["type"] = "app_mention", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts,
        };
        if (threadTs is not null)
        {
            mention["thread_ts"] = threadTs;
        }

        return mention;
    }

    public static JsonObject DirectMessage(string text, string user = Alex, string channel = "D0ALEX", string ts = "1767225700.000200") => new()
    {
        ["type"] = "message", ["channel_type"] = "im", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts,
    };

    public Task<HttpResponseMessage> EventAsync(JsonObject envelope, int? retryNumber = null)
    {
        var headers = retryNumber is { } retry ? new[] { ("X-Slack-Retry-Num", retry.ToString()), ("X-Slack-Retry-Reason", "http_timeout") } : [];
        return PostSignedAsync("/slack/events", envelope.ToJsonString(), "application/json", headers: headers);
    }

    /// <summary>A <c>block_actions</c> click on a message the bot posted (<paramref name="messageTs"/> in <paramref name="channel"/>).</summary>
    public JsonObject Click(JsonObject action, string messageTs, string responseName, string user = Alex, string channel = Channel) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = user, ["username"] = "someone", ["team_id"] = Team },
        ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "acme" },
        ["api_app_id"] = "A0EEE",
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = false },
        ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "general" },
        ["response_url"] = Slack.ResponseUrl(responseName),
        ["trigger_id"] = NewTriggerId(),
        ["actions"] = new JsonArray(action),
    };

    public Task<HttpResponseMessage> InteractAsync(JsonObject payload) =>
        PostSignedAsync("/slack/interactivity", Form(("payload", payload.ToJsonString())), "application/x-www-form-urlencoded");

    /// <summary>Posts <paramref name="body"/> signed with <paramref name="secret"/> at <paramref name="at"/> (now by default).</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(
        string path, string body, string contentType, string secret = SigningSecret, DateTimeOffset? at = null, (string Name, string Value)[]? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var signedAt = at ?? DateTimeOffset.UtcNow;
        LastSignedAt = signedAt.ToUnixTimeSeconds();
        await SlackSigner.SignAsync(request, secret, signedAt);
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await App.CreateClient().SendAsync(request);
    }

    public static string Form(params (string Name, string Value)[] fields) =>
        string.Join("&", fields.Select(field => Uri.EscapeDataString(field.Name) + "=" + Uri.EscapeDataString(field.Value).Replace("%20", "+")));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Slack.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
