using System.Diagnostics;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>TrueConf answering 429: the user hears it is busy; reads wait out a short Retry-After, a create is never repeated.</summary>
public sealed class BusyServerTests
{
    [Fact]
    public async Task A_create_answered_429_is_reported_as_busy_and_not_sent_again()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.TrueConf.Faults.ThrottleNext(1, TimeSpan.FromSeconds(1), SimulatorOperations.ConferenceCreate);

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("busy right now", reply.Text);
        Assert.DoesNotContain("isn't reachable", reply.Text);
        Assert.Single(bot.TrueConf.RequestLog, r => r.Operation == SimulatorOperations.ConferenceCreate);
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task A_lookup_answered_429_is_sent_again_after_its_short_retry_after_and_the_meeting_starts()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.TrueConf.Faults.ThrottleNext(1, TimeSpan.FromSeconds(1), SimulatorOperations.UserGet);

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.NotNull(reply.Card);
        var lookups = bot.TrueConf.RequestLog.Where(r => r.Path.EndsWith("/users/kevin", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, lookups.Length);
        Assert.True(lookups[1].ReceivedAt - lookups[0].ReceivedAt >= TimeSpan.FromSeconds(0.95),
            $"sent again after {lookups[1].ReceivedAt - lookups[0].ReceivedAt}");
    }

    [Fact]
    public async Task A_lookup_told_to_wait_long_is_reported_as_busy_at_once()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.TrueConf.Faults.ThrottleNext(1, TimeSpan.FromSeconds(60), SimulatorOperations.UserGet);
        var clock = Stopwatch.StartNew();

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("busy right now", reply.Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"answered after {clock.Elapsed}");
        Assert.Single(bot.TrueConf.RequestLog, r => r.Operation == SimulatorOperations.UserGet);
        Assert.Empty(bot.TrueConf.Conferences);
    }
}
