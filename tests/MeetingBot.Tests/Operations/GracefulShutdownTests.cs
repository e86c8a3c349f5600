using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Operations;

public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stopping_the_bot_finishes_the_commands_it_already_accepted()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.TrueConf.Faults.ResponseDelay = TimeSpan.FromMilliseconds(600);

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.SendAsync(bot.Message("start meeting with dean"));
        await bot.App.DisposeAsync(); // stops the host while both commands wait on TrueConf

        var replies = new[] { await bot.Connector.NextMessageAsync(), await bot.Connector.NextMessageAsync() };
        Assert.All(replies, reply => Assert.NotNull(reply.Card));
        Assert.Equal(2, bot.TrueConf.Conferences.Count);
    }
}
