using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>One message naming many people must not flood TrueConf: a cap per command, a few lookups at a time, misses remembered.</summary>
public sealed class FanOutTests
{
    [Fact]
    public async Task Naming_more_people_than_allowed_is_refused_before_any_user_lookup()
    {
        await using var bot = await BotHarness.StartAsync();
        var names = Enumerable.Range(1, 300).Select(i => $"person{i:000}");

        await bot.SendAsync(bot.Message("start meeting with " + string.Join(", ", names)));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("You named 300 people; I can invite at most 50 in one command", reply.Text);
        Assert.DoesNotContain(bot.TrueConf.RequestLog, r => r.Operation is SimulatorOperations.UserGet or SimulatorOperations.UserList);
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task Fifty_people_are_looked_up_at_most_eight_calls_at_a_time_and_all_invited()
    {
        await using var bot = await BotHarness.StartAsync();
        var guests = Enumerable.Range(1, 50).Select(i => $"guest{i:00}").ToArray();
        foreach (var guest in guests)
        {
            bot.TrueConf.AddUser(guest, $"Guest {guest[5..]}", $"{guest}@contoso.example");
        }

        // Every call waits a little, so calls a client sends together are seen together.
        bot.TrueConf.Faults.ResponseDelay = TimeSpan.FromMilliseconds(100);

        await bot.SendAsync(bot.Message("start meeting with " + string.Join(", ", guests)));
        var reply = await bot.Connector.NextMessageAsync(TimeSpan.FromSeconds(20));

        Assert.NotNull(reply.Card);
        Assert.Equal(51, Assert.Single(bot.TrueConf.Conferences).Invitations.Count);
        Assert.InRange(bot.TrueConf.Faults.PeakDelayedRequests, 1, 8);
    }

    [Fact]
    public async Task A_name_that_matches_nobody_is_not_looked_up_again_right_away()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(bot.Message("start meeting with bob"));
        Assert.Contains("**bob**", (await bot.Connector.NextMessageAsync()).Text);
        var lookupsBefore = UserLookups(bot);

        await bot.SendAsync(bot.Message("start meeting with bob"));
        var second = await bot.Connector.NextMessageAsync();

        Assert.Contains("**bob**", second.Text);
        Assert.True(lookupsBefore > 0);
        Assert.Equal(lookupsBefore, UserLookups(bot));
    }

    private static int UserLookups(BotHarness bot) =>
        bot.TrueConf.RequestLog.Count(r => r.Operation is SimulatorOperations.UserGet or SimulatorOperations.UserList);
}
