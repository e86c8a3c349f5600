using System.Net;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>Two instances of the bot over one Redis, as App Service scaled out runs them.</summary>
public sealed class ScaleOutTests
{
    private const string PatId = "29:pat";
    private const string PatName = "Pat Unknown";

    [Fact]
    public async Task The_same_activity_delivered_to_both_instances_starts_one_conference_and_posts_one_card()
    {
        await using var bots = await ScaledOutBots.StartAsync();
        var message = bots.Message("start meeting with kevin");

        var answers = await Task.WhenAll(bots[0].PostActivityAsync(message), bots[1].PostActivityAsync(message));
        var card = await bots.Connector.NextMessageAsync();

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.NotNull(card.Card);
        Assert.True(await bots.Connector.StaysQuietAsync(TimeSpan.FromSeconds(1)), "a second card arrived");
        Assert.Single(bots.TrueConf.Conferences);
    }

    [Fact]
    public async Task A_meeting_started_on_one_instance_is_stopped_from_the_other()
    {
        await using var bots = await ScaledOutBots.StartAsync();

        await bots[0].PostActivityAsync(bots.Message("start meeting with kevin"));
        await bots.Connector.NextMessageAsync();
        // The record is written just after the card goes out: the other instance reads it from the shared store.
        var meetings = bots[1].Services.GetRequiredService<IMeetingStore>();
        for (var attempt = 0; attempt < 50 && await meetings.FindLatestInConversationAsync("msteams", TestActivities.ConversationId, default) is null; attempt++)
        {
            await Task.Delay(50);
        }

        await bots[1].PostActivityAsync(bots.Message("stop meeting"));
        var reply = await bots.Connector.NextMessageAsync();

        Assert.False(Assert.Single(bots.TrueConf.Conferences).IsRunning, reply.JsonText);
    }

    [Fact]
    public async Task A_link_made_on_one_instance_is_used_by_the_others_next_command_at_once()
    {
        await using var bots = await ScaledOutBots.StartAsync(settings: new() { ["MeetingBot:Admins:0"] = "29:boss" });
        bots.Connector.AddMember(PatId, PatName, "Helen.Carter@contoso.example");

        // Instance 1 resolves Pat by e-mail (helen) and keeps that identity in its cache.
        await bots[1].PostActivityAsync(bots.Message("start meeting", fromId: PatId, fromName: PatName));
        await bots.Connector.NextMessageAsync();
        // An admin links Pat to dean on instance 0.
        await bots[0].PostActivityAsync(TestActivities.ChannelMessage(
            bots.Connector.ServiceUrl, $"link <at>{PatName}</at> to dean", "29:boss", "The Boss", (PatId, PatName)));
        var linked = await bots.Connector.NextMessageAsync();
        Assert.Contains("**Pat Unknown** is **Dean Novak** (dean)", linked.Text);

        // The link reaches instance 1 over pub/sub: its next command is Pat's as dean, not the cached helen.
        string? owner = null;
        for (var attempt = 0; attempt < 10 && owner != "dean"; attempt++)
        {
            await Task.Delay(attempt * 100);
            await bots[1].PostActivityAsync(bots.Message("start meeting", fromId: PatId, fromName: PatName));
            await bots.Connector.NextMessageAsync();
            owner = bots.TrueConf.Conferences[^1].OwnerId;
        }

        Assert.Equal("helen", bots.TrueConf.Conferences[0].OwnerId);
        Assert.Equal("dean", owner);
        Assert.Equal(2, bots.TrueConf.Conferences.Count); // seen on the first try after the link, not after a cache expiry
    }

    [Fact]
    public async Task Redis_down_answers_503_and_the_retried_message_is_handled_once_it_is_back()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var bots = await ScaledOutBots.StartAsync(instances: 1, redis: redis);
        var message = bots.Message("start meeting with kevin");

        redis.Kill();
        var refused = await bots[0].PostActivityAsync(message);
        await redis.RestartAsync();
        HttpResponseMessage retried;
        var attempts = 0;
        do
        {
            await Task.Delay(attempts++ * 200); // the client reconnects on its own
            retried = await bots[0].PostActivityAsync(message);
        }
        while (retried.StatusCode == HttpStatusCode.ServiceUnavailable && attempts < 25);

        var card = await bots.Connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("2", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.NotNull(card.Card);
        Assert.Single(bots.TrueConf.Conferences);
    }

    [Fact]
    public async Task Work_an_instance_died_with_is_finished_by_the_other_once_with_one_conference_and_one_card()
    {
        // No time to finish anything when stopped: what instance 0 runs is cut off, as by a crash.
        await using var bots = await ScaledOutBots.StartAsync(
            settings: new() { ["Storage:Redis:TakeoverAfter"] = "00:00:02" },
            services: services => services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.Zero));
        var message = await StartWithTrueConfHoldingItsAnswerAsync(bots);

        await bots.StopAsync(0);
        var card = await bots.Connector.NextMessageAsync(TimeSpan.FromSeconds(20));

        await AssertOneCardAndOneConferenceAsync(bots, message, card);
        Assert.Contains("slow to confirm", card.JsonText); // the other instance's attempt found the conference by its tag
    }

    [Fact]
    public async Task Work_an_instance_finishes_while_it_stops_is_not_taken_over_by_the_other()
    {
        // Stopping gracefully, instance 0 finishes the command (it outlasts the takeover timeout) and keeps it its own.
        await using var bots = await ScaledOutBots.StartAsync(settings: new()
        {
            // Renewals every second; a busy test machine may delay one, not three.
            ["Storage:Redis:TakeoverAfter"] = "00:00:03",
            ["TrueConf:TimeoutSeconds"] = "8",
        });
        var message = await StartWithTrueConfHoldingItsAnswerAsync(bots);

        await bots.StopAsync(0);
        var card = await bots.Connector.NextMessageAsync(TimeSpan.FromSeconds(20));

        await AssertOneCardAndOneConferenceAsync(bots, message, card);
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> StartWithTrueConfHoldingItsAnswerAsync(ScaledOutBots bots)
    {
        // TrueConf creates the conference but holds its answer: instance 0 is still waiting for it when it stops.
        bots.TrueConf.Faults.LoseAnswerNext(1, MeetingBot.TrueConfSimulator.SimulatorOperations.ConferenceCreate, delay: TimeSpan.FromSeconds(30));
        var message = bots.Message("start meeting with kevin");
        Assert.Equal(HttpStatusCode.OK, (await bots[0].PostActivityAsync(message)).StatusCode);
        for (var attempt = 0; attempt < 100 && bots.TrueConf.Conferences.Count == 0; attempt++)
        {
            await Task.Delay(50);
        }

        return message;
    }

    private static async Task AssertOneCardAndOneConferenceAsync(ScaledOutBots bots, System.Text.Json.Nodes.JsonObject message, RecordedCall card)
    {
        Assert.Equal((string?)message["id"], (string?)card.Body!["replyToId"]);
        var conference = Assert.Single(bots.TrueConf.Conferences);
        Assert.Contains(conference.Id, card.JsonText);
        Assert.True(await bots.Connector.StaysQuietAsync(TimeSpan.FromSeconds(4)), "a second card arrived");
        Assert.Equal(1, bots.TrueConf.RequestLog.Count(request => request.Operation == MeetingBot.TrueConfSimulator.SimulatorOperations.ConferenceCreate));
    }
}
