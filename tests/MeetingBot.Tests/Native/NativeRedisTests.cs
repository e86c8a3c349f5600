using System.Net;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.Native;

/// <summary>
/// The shipped binary scaled out: two native processes on one real redis-server, one killed hard (SIGKILL) between
/// its <c>200</c> and the card — the other instance delivers the card, once, with one conference.
/// </summary>
[Collection(NativeBuildCollection.Name)]
public sealed class NativeRedisTests(NativeBuild build)
{
    [Fact]
    public async Task Killed_hard_between_the_answer_and_the_card_the_other_instance_delivers_the_card_once_with_one_conference()
    {
        await using var trueConf = await TrueConfSimulatorServer.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["TrueConf__ServerUrl"] = trueConf.BaseUrl,
            ["TrueConf__ClientId"] = trueConf.Options.ClientId,
            ["TrueConf__ClientSecret"] = trueConf.Options.ClientSecret,
            ["MicrosoftAppId"] = "",
            ["Storage__Provider"] = "Redis",
            ["Storage__Redis__ConnectionString"] = redis.ConnectionString,
            ["Storage__Redis__TakeoverAfter"] = "00:00:03",
        };
        // TrueConf creates the conference but holds its answer: instance A dies while waiting for it.
        trueConf.State.Faults.LoseAnswerNext(1, SimulatorOperations.ConferenceCreate, delay: TimeSpan.FromSeconds(30));
        var message = TestActivities.ChannelMessage(connector.ServiceUrl, "start meeting with kevin");

        await using var b = NativeBot.Start(build, settings);
        await using (var a = NativeBot.Start(build, settings))
        {
            await a.WaitUntilListeningAsync();
            await b.WaitUntilListeningAsync();
            var ready = await b.GetAsync(b.BaseUrl + "/readyz");
            Assert.Contains("Redis at 127.0.0.1:" + redis.Port, await ready.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, (await a.PostAsync(message)).StatusCode);
            // The same activity redelivered to the other instance is recognised: one command.
            Assert.Equal(HttpStatusCode.OK, (await b.PostAsync(message)).StatusCode);
            for (var i = 0; i < 200 && trueConf.State.Conferences.Count == 0; i++)
            {
                await Task.Delay(50);
            }
        } // SIGKILL: no shutdown, no drain

        var card = await connector.NextMessageAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((string?)message["id"], (string?)card.Body!["replyToId"]);
        var conference = Assert.Single(trueConf.State.Conferences);
        Assert.Contains(conference.Id, card.JsonText);
        Assert.True(await connector.StaysQuietAsync(TimeSpan.FromSeconds(4)), "a second card arrived\n" + b.Output);
        Assert.Single(connector.Delivered);
        Assert.Equal(1, trueConf.State.RequestLog.Count(request => request.Operation == SimulatorOperations.ConferenceCreate));
    }
}
