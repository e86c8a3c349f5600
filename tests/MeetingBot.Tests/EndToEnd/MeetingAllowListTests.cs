using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// <c>MeetingBot:AllowedTenants</c> (and teams, channels): a conversation outside the list gets a polite refusal and
/// nothing is made; inside it works; <c>help</c> is answered everywhere. Two different starts are two meetings; a
/// redelivered start is one.
/// </summary>
public sealed class MeetingAllowListTests
{
    private static readonly Dictionary<string, string?> OnlyT1 = new() { ["MeetingBot:AllowedTenants:0"] = "t1" };

    [Fact]
    public async Task A_start_from_a_tenant_not_allowed_is_refused_politely_and_nothing_is_created()
    {
        await using var bot = await StartBotAsync(OnlyT1);

        var reply = await AskAsync(bot, FromTenant(bot.Message("start meeting with kevin"), "t2"));

        Assert.Contains("isn't enabled for this team or chat", reply.Text);
        Assert.Empty(bot.TrueConf.Conferences);
        Assert.DoesNotContain(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ConferenceCreate);
    }

    [Fact]
    public async Task A_start_from_the_allowed_tenant_works()
    {
        await using var bot = await StartBotAsync(OnlyT1);

        await bot.SendAsync(FromTenant(bot.Message("start meeting with kevin"), "t1"));
        var reply = await NextReplyAsync(bot);

        Assert.NotNull(reply.Card);
        Assert.True(Assert.Single(bot.TrueConf.Conferences).IsRunning);
    }

    [Fact]
    public async Task Help_is_answered_in_a_tenant_not_allowed()
    {
        await using var bot = await StartBotAsync(OnlyT1);

        var reply = await AskAsync(bot, FromTenant(bot.Message("help"), "t2"));

        Assert.NotNull(reply.Card);
        Assert.Contains("start meeting", reply.JsonText);
    }

    [Fact]
    public async Task Other_commands_from_a_channel_not_allowed_are_refused_and_reach_no_server()
    {
        await using var bot = await StartBotAsync(new() { ["MeetingBot:AllowedChannels:0"] = "19:allowed@thread.tacv2" });

        var reply = await AskAsync(bot, "list meetings");

        Assert.Contains("isn't enabled", reply.Text);
        Assert.DoesNotContain(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ConferenceList);
    }

    [Fact]
    public async Task Two_different_start_commands_make_two_meetings_and_a_redelivered_start_makes_one()
    {
        await using var bot = await StartBotAsync();
        var first = bot.Message("start meeting with kevin");
        var second = bot.Message("start meeting with kevin");

        await bot.SendAsync(first);
        await bot.SendAsync(first.DeepClone().AsObject());
        await bot.SendAsync(second);
        await NextReplyAsync(bot);
        await NextReplyAsync(bot);
        await Task.Delay(TimeSpan.FromSeconds(1)); // time for a third card, were there one

        Assert.Equal(2, bot.TrueConf.Conferences.Count);
        Assert.Equal(2, Count(bot, SimulatorOperations.ConferenceCreate));
        Assert.Equal(2, bot.Connector.Delivered.Count(call => call.Card is not null));
    }
}
