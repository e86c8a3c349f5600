using System.Net;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>A full work queue slows the channel down instead of piling up late replies; only a long wait gets 503.</summary>
public sealed class BackpressureTests
{
    private static Dictionary<string, string?> OneAtATime(string patience) => new()
    {
        ["MeetingBot:Workers"] = "1",
        ["MeetingBot:WorkQueueCapacity"] = "1",
        ["MeetingBot:EnqueuePatience"] = patience,
        ["MeetingBot:TypingDelay"] = "00:01:00",
    };

    [Fact]
    public async Task A_full_queue_makes_the_answer_wait_and_every_command_still_gets_its_card()
    {
        await using var bot = await BotHarness.StartAsync(OneAtATime("00:00:05"));
        bot.TrueConf.Faults.ResponseDelay = TimeSpan.FromMilliseconds(150);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => bot.SendAsync(bot.Message("start meeting with kevin"))));
        var cards = new List<RecordedCall>();
        for (var i = 0; i < 4; i++)
        {
            cards.Add(await bot.Connector.NextMessageAsync());
        }

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.All(cards, card => Assert.NotNull(card.Card));
        Assert.Equal(4, bot.TrueConf.Conferences.Count);
    }

    [Fact]
    public async Task When_the_queue_stays_full_the_channel_is_told_to_retry_later()
    {
        await using var bot = await BotHarness.StartAsync(OneAtATime("00:00:00.200"));
        bot.TrueConf.Faults.ResponseDelay = TimeSpan.FromSeconds(2);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => bot.SendAsync(bot.Message("start meeting with kevin"))));

        var refused = answers.Where(answer => answer.StatusCode == HttpStatusCode.ServiceUnavailable).ToArray();
        Assert.NotEmpty(refused);
        Assert.All(refused, answer => Assert.Equal("2", answer.Headers.GetValues("Retry-After").Single()));
        Assert.Equal(2, answers.Count(answer => answer.StatusCode == HttpStatusCode.OK)); // one running, one queued
    }

    [Fact]
    public async Task A_message_refused_with_503_is_handled_when_the_channel_sends_it_again()
    {
        await using var bot = await BotHarness.StartAsync(OneAtATime("00:00:00.200"));
        bot.TrueConf.Faults.ResponseDelay = TimeSpan.FromSeconds(1);
        var messages = Enumerable.Range(0, 4).Select(_ => bot.Message("start meeting with kevin")).ToArray();

        var answers = await Task.WhenAll(messages.Select(message => bot.SendAsync(message)));
        var refused = messages.Where((_, i) => answers[i].StatusCode == HttpStatusCode.ServiceUnavailable).ToArray();
        Assert.NotEmpty(refused);
        bot.TrueConf.Faults.ResponseDelay = TimeSpan.Zero;
        await Task.Delay(2500); // Retry-After: 2
        foreach (var message in refused)
        {
            Assert.Equal(HttpStatusCode.OK, (await bot.SendAsync(message)).StatusCode);
        }

        var cards = new List<RecordedCall>();
        for (var i = 0; i < messages.Length; i++)
        {
            cards.Add(await bot.Connector.NextMessageAsync(TimeSpan.FromSeconds(15)));
        }

        // Refusing with 503 released the claim: the channel's retry is not mistaken for a duplicate.
        Assert.Equal(messages.Select(m => (string?)m["id"]).Order(), cards.Select(c => (string?)c.Body!["replyToId"]).Order());
        Assert.Equal(4, bot.TrueConf.Conferences.Count);
    }
}
