using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.Tests.TrueConfSimulator;
using MeetingBot.TrueConfSimulator;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary><c>list meetings</c>: the sender's running and upcoming conferences, from TrueConf's list, as one card with a Join button each.</summary>
public sealed class MeetingListTests
{
    [Fact]
    public async Task List_meetings_shows_the_senders_running_and_upcoming_meetings_each_with_a_join_button()
    {
        await using var bot = await StartBotAsync();
        var standup = await StartMeetingAsync(bot, "start meeting \"Standup\"");
        var retro = await StartMeetingAsync(bot, "start meeting \"Retro\"");
        var review = await StartMeetingAsync(bot, "start meeting \"Review\"");
        using var http = new SimulatorHttp(bot.Simulator);
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds();
        var planned = await http.CreateConferenceAsync($$$"""{"topic":"Planning","owner":"alex","schedule":{"type":1,"start_time":{{{tomorrow}}},"duration":3600}}""");
        var helens = await http.CreateConferenceAsync("""{"topic":"Helen's","owner":"helen"}""");
        bot.TrueConf.RunConference(helens);
        var past = await http.CreateConferenceAsync("""{"topic":"Old one","owner":"alex"}"""); // stopped, never scheduled

        var reply = await AskAsync(bot, "my meetings");

        var card = reply.Card!;
        var text = card.ToJsonString();
        foreach (var topic in new[] { "Standup", "Retro", "Review", "Planning" })
        {
            Assert.Contains($"\"{topic}\"", text);
        }

        Assert.DoesNotContain("Helen's", text);
        Assert.DoesNotContain("Old one", text);
        Assert.DoesNotContain(past, text);
        var joins = JoinUrls(card);
        Assert.Equal(4, joins.Length);
        foreach (var id in new[] { standup.ConferenceId, retro.ConferenceId, review.ConferenceId, planned })
        {
            Assert.Contains(joins, url => url.EndsWith("/" + id, StringComparison.Ordinal));
        }

        Assert.Contains("{{DATE(", text); // the upcoming one says when, in the reader's time zone
        Assert.Contains(SimulatorOperations.ConferenceList, bot.TrueConf.RequestLog.Select(request => request.Operation));
    }

    [Fact]
    public async Task Somebody_without_meetings_is_told_so()
    {
        await using var bot = await StartBotAsync();
        using var http = new SimulatorHttp(bot.Simulator);
        bot.TrueConf.RunConference(await http.CreateConferenceAsync("""{"topic":"Helen's","owner":"helen"}"""));

        var reply = await AskAsync(bot, "list meetings");

        Assert.Null(reply.Card);
        Assert.Contains("no running or upcoming", reply.Text);
    }

    [Fact]
    public async Task More_meetings_than_one_page_of_the_servers_list_are_all_counted()
    {
        await using var bot = await StartBotAsync();
        using var http = new SimulatorHttp(bot.Simulator);
        for (var i = 0; i < 60; i++)
        {
            bot.TrueConf.RunConference(await http.CreateConferenceAsync($$"""{"topic":"Room {{i}}","owner":"alex"}"""));
        }

        var reply = await AskAsync(bot, "list meetings");

        Assert.Equal(15, JoinUrls(reply.Card!).Length);
        Assert.Contains("…and 45 more.", reply.Card!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.True(Count(bot, SimulatorOperations.ConferenceList) >= 2, "the second page of running conferences was not read");
    }

    private static string[] JoinUrls(JsonObject card) =>
        card["body"]!.AsArray()
            .SelectMany(element => element!["columns"]?.AsArray() ?? [])
            .SelectMany(column => column!["items"]!.AsArray())
            .Where(item => (string?)item!["type"] == "ActionSet")
            .SelectMany(set => set!["actions"]!.AsArray())
            .Where(action => (string?)action!["title"] == "Join")
            .Select(action => (string)action!["url"]!)
            .ToArray();
}
