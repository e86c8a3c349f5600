using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.EndToEnd;

/// <summary><c>my trueconf id is …</c> is remembered in the embedded store and survives a restart.</summary>
public sealed class AccountLinkTests
{
    [Fact]
    public async Task A_linked_account_owns_meetings_even_after_the_bot_restarts()
    {
        var database = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        await using (var first = await BotHarness.StartAsync(databasePath: database))
        {
            await first.SendAsync(first.Message("my trueconf id is helen", fromId: "29:pat", fromName: "Pat Unknown"));
            var confirmation = await first.Connector.NextMessageAsync();
            Assert.Contains("**Helen Carter** (helen)", confirmation.Text);
        }

        await using var second = await BotHarness.StartAsync(databasePath: database);
        await second.SendAsync(second.Message("start meeting with kevin", fromId: "29:pat", fromName: "Pat Unknown"));
        await second.Connector.NextMessageAsync();

        Assert.Equal("helen", Assert.Single(second.TrueConf.Conferences).OwnerId);
    }

    [Fact]
    public async Task A_new_link_replaces_the_cached_identity_at_once()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(bot.Message("start meeting"));
        await bot.Connector.NextMessageAsync();

        await bot.SendAsync(bot.Message("my trueconf id is maria"));
        await bot.Connector.NextMessageAsync();
        await bot.SendAsync(bot.Message("start meeting"));
        await bot.Connector.NextMessageAsync();

        Assert.Equal(["alex", "maria"], bot.TrueConf.Conferences.Select(c => c.OwnerId).ToArray());
    }

    [Theory]
    [InlineData("nobody", "no TrueConf user **nobody**")]
    [InlineData("olga", "disabled")]
    public async Task Linking_to_an_unknown_or_disabled_account_is_refused(string id, string expected)
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SendAsync(bot.Message($"my trueconf id is {id}", fromId: "29:pat", fromName: "Pat Unknown"));
        var reply = await bot.Connector.NextMessageAsync();
        await bot.SendAsync(bot.Message("start meeting", fromId: "29:pat", fromName: "Pat Unknown"));
        var next = await bot.Connector.NextMessageAsync();

        Assert.Contains(expected, reply.Text);
        Assert.Contains("my trueconf id is", next.Text);
        Assert.Empty(bot.TrueConf.Conferences);
    }
}
