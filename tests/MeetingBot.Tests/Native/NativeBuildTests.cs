using System.Net;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.Native;

/// <summary>
/// The shipped binary (native AOT) does what the JIT build does on the paths where AOT differs: source-generated
/// JSON and configuration binding, JWT validation, minimal-API endpoints, SQLite, and no local mode (its simulator
/// binds endpoints by reflection; the native build leaves it out). Real HTTP to the TrueConf simulator and a fake Bot Connector on loopback ports.
/// </summary>
[Collection(NativeBuildCollection.Name)]
public sealed class NativeBuildTests(NativeBuild build)
{
    private const string AppId = "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60";

    [Fact]
    public async Task Starts_a_meeting_and_replies_with_the_join_card()
    {
        await using var trueConf = await TrueConfSimulatorServer.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        await using var bot = NativeBot.Start(build, With(trueConf, ("MicrosoftAppId", "")));
        await bot.WaitUntilListeningAsync();

        var malformed = await bot.PostAsync("{\"type\": \"message\", ");
        var accepted = await bot.PostAsync(TestActivities.ChannelMessage(connector.ServiceUrl, "start meeting with kevin"));
        var reply = await connector.NextMessageAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var conference = Assert.Single(trueConf.State.Conferences);
        Assert.True(conference.IsRunning);
        var join = reply.Card!["actions"]![0]!;
        Assert.Equal("Action.OpenUrl", (string?)join["type"]);
        Assert.Equal($"{trueConf.BaseUrl}/webrtc/{conference.Id}", (string?)join["url"]);
        Assert.Contains("Kevin Smith", reply.JsonText);
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(reply.Card.ToJsonString()));

        // The card's Stop button: an invoke answered inline with the card turned to Ended, the posted card replaced.
        var meeting = (string)reply.Card["refresh"]!["action"]!["data"]!["meeting"]!;
        // The meeting is written down just after its card went out: a click within that instant finds no meeting yet.
        HttpResponseMessage stop;
        System.Text.Json.Nodes.JsonNode answer;
        var attempts = 0;
        do
        {
            await Task.Delay(attempts++ * 100);
            stop = await bot.PostAsync(StopClick(connector.ServiceUrl, meeting, reply.ReturnedId!));
            answer = System.Text.Json.Nodes.JsonNode.Parse(await stop.Content.ReadAsStringAsync())!;
        }
        while ((string?)answer["value"]?["code"] == "MeetingNotFound" && attempts < 30);

        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.True((string?)answer["type"] == "application/vnd.microsoft.card.adaptive" && (int)answer["statusCode"]! == 200, $"{answer}\n{bot.Output}");
        Assert.Contains("Ended", answer["value"]!.ToJsonString());
        Assert.False(trueConf.State.FindConference(conference.Id)!.IsRunning);
        await WaitUntilAsync(() => connector.Updates.Count == 1);
        Assert.Contains("Ended", connector.Updates[0].Body!.ToJsonString());
    }

    private static System.Text.Json.Nodes.JsonObject StopClick(string serviceUrl, string meeting, string cardId) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = "f:" + TestActivities.NewId(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["replyToId"] = cardId,
        ["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = TestActivities.AlexId, ["name"] = "Alex Wilber" },
        ["recipient"] = new System.Text.Json.Nodes.JsonObject { ["id"] = TestActivities.BotId, ["name"] = TestActivities.BotName },
        ["conversation"] = new System.Text.Json.Nodes.JsonObject { ["id"] = TestActivities.ConversationId },
        ["value"] = new System.Text.Json.Nodes.JsonObject
        {
            ["action"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "Action.Execute", ["verb"] = "meeting.stop", ["data"] = new System.Text.Json.Nodes.JsonObject { ["meeting"] = meeting } },
        },
    };

    [Fact]
    public async Task Killed_hard_between_the_answer_and_the_card_it_delivers_the_card_after_a_restart_once_with_one_conference()
    {
        await using var trueConf = await TrueConfSimulatorServer.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        var database = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        var settings = With(trueConf, ("MicrosoftAppId", ""), ("Storage__SqlitePath", database));
        // TrueConf creates the conference but holds its answer: the bot dies while waiting for it.
        trueConf.State.Faults.LoseAnswerNext(1, SimulatorOperations.ConferenceCreate, delay: TimeSpan.FromSeconds(30));
        var message = TestActivities.ChannelMessage(connector.ServiceUrl, "start meeting with kevin");

        await using (var first = NativeBot.Start(build, settings))
        {
            await first.WaitUntilListeningAsync();
            Assert.Equal(HttpStatusCode.OK, (await first.PostAsync(message)).StatusCode);
            await WaitUntilAsync(() => trueConf.State.Conferences.Count == 1);
        } // SIGKILL: no shutdown, no drain

        await using var second = NativeBot.Start(build, settings);
        await second.WaitUntilListeningAsync();
        var card = await connector.NextMessageAsync(TimeSpan.FromSeconds(20));

        Assert.Equal((string?)message["id"], (string?)card.Body!["replyToId"]);
        var conference = Assert.Single(trueConf.State.Conferences);
        Assert.True(conference.IsRunning);
        Assert.Contains(conference.Id, card.JsonText);
        Assert.Contains("slow to confirm", card.JsonText);
        Assert.True(await connector.StaysQuietAsync(TimeSpan.FromSeconds(2)), "a second card arrived");
        Assert.Single(connector.Delivered);
        Assert.Equal(1, trueConf.State.RequestLog.Count(request => request.Operation == SimulatorOperations.ConferenceCreate));
    }

    [Fact]
    public async Task Checks_channel_tokens_against_the_published_keys()
    {
        await using var issuer = await TestChannelIssuer.StartAsync();
        await using var trueConf = await TrueConfSimulatorServer.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        await using var bot = NativeBot.Start(build, With(trueConf,
            ("MicrosoftAppId", AppId),
            ("MicrosoftAppPassword", "app-secret"),
            ("MicrosoftAppType", "MultiTenant"),
            ("ToBotFromChannelOpenIdMetadataUrl", issuer.ChannelMetadataUrl),
            ("ToBotFromEntraOpenIdMetadataUrl", issuer.EntraMetadataUrl),
            ("ToBotFromChannelTokenIssuer", issuer.ChannelIssuer),
            ("AllowedServiceUrlHosts__0", "127.0.0.1")));
        await bot.WaitUntilListeningAsync();
        var message = TestActivities.ChannelMessage(connector.ServiceUrl, "help");

        var unsigned = await bot.PostAsync(message, TestChannelIssuer.WithoutSignature(issuer.CreateChannelToken(AppId, connector.ServiceUrl)));
        var otherApp = await bot.PostAsync(message, issuer.CreateChannelToken("another-app", connector.ServiceUrl));
        var valid = await bot.PostAsync(message, issuer.CreateChannelToken(AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherApp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.DoesNotContain("app-secret", bot.Output);
    }

    [Fact]
    public async Task Has_no_embedded_simulator_and_asks_for_a_TrueConf_server()
    {
        await using var bot = NativeBot.Start(build, new Dictionary<string, string> { ["MicrosoftAppId"] = "" });

        var exitCode = await bot.ExitCodeWithinAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(1, exitCode);
        Assert.Contains("TrueConf:ServerUrl is required: the published bot has no embedded simulator", bot.Output);
        AssertNoCrash(bot.Output);
        Assert.DoesNotContain("SIMULATOR", bot.Output);
        var binary = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(build.Executable));
        Assert.DoesNotContain("TrueConfSimulatorState", binary); // trimmed away, not merely switched off
    }

    [Fact]
    public async Task A_bad_setting_stops_start_up_naming_the_key()
    {
        await using var bot = NativeBot.Start(build, new Dictionary<string, string>
        {
            ["TrueConf__ServerUrl"] = "video.example.com",
            ["TrueConf__ClientId"] = "bot",
            ["TrueConf__ClientSecret"] = "secret-value",
        });

        var exitCode = await bot.ExitCodeWithinAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(1, exitCode);
        Assert.Contains("TrueConf:ServerUrl must be an absolute http(s) address", bot.Output);
        AssertNoCrash(bot.Output);
    }

    [Fact]
    public async Task Uses_its_own_settings_when_started_from_another_directory()
    {
        // A decoy in the working directory: read instead of the shipped file, it would stop the start-up.
        var elsewhere = Directory.CreateTempSubdirectory("meetingbot-cwd-").FullName;
        await File.WriteAllTextAsync(Path.Combine(elsewhere, "appsettings.json"), """{ "TrueConf": { "ApiVersion": "from-the-working-directory" } }""");
        await using var trueConf = await TrueConfSimulatorServer.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        await using var bot = NativeBot.Start(build, With(trueConf, ("MicrosoftAppId", "")), workingDirectory: elsewhere);
        await bot.WaitUntilListeningAsync();

        var accepted = await bot.PostAsync(TestActivities.ChannelMessage(connector.ServiceUrl, "start meeting with kevin"));
        await connector.NextMessageAsync(TimeSpan.FromSeconds(15));
        var health = await bot.GetAsync("/healthz");

        Assert.True(File.Exists(Path.Combine(build.Folder, "appsettings.json")));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains($"Content root path: {build.Folder}", bot.Output);
        Assert.Contains($"TrueConf Server: {trueConf.BaseUrl} (API v3.8)", bot.Output); // the bot's own start-up line stays
        // The shipped file's Logging section applies: no framework lines per request (the defaults log eight).
        Assert.DoesNotContain("Request starting", bot.Output);
        Assert.DoesNotContain("Executing endpoint", bot.Output);
        Assert.DoesNotContain("Sending HTTP request", bot.Output);
    }

    /// <summary>A refused configuration is a message, not a crash: no stack trace, no unhandled exception (exit 134).</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }

    private static void AssertNoCrash(string output)
    {
        Assert.DoesNotContain("Unhandled exception", output);
        Assert.DoesNotContain("   at ", output);
    }

    /// <summary>Settings pointing the bot at <paramref name="trueConf"/>, plus <paramref name="more"/>.</summary>
    private static Dictionary<string, string> With(TrueConfSimulatorServer trueConf, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["TrueConf__ServerUrl"] = trueConf.BaseUrl,
            ["TrueConf__ClientId"] = trueConf.Options.ClientId,
            ["TrueConf__ClientSecret"] = trueConf.Options.ClientSecret,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }
}
