using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// A conference is tagged with the command that made it, so when TrueConf's answer to "create" is lost the bot
/// finds the conference instead of making another — and never leaves one running that nobody has a card for.
/// </summary>
public sealed class IdempotentStartTests
{
    [Fact]
    public async Task When_the_answer_to_create_is_lost_the_created_conference_is_found_run_and_carded_late()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.TrueConf.Faults.LoseAnswerNext(1, SimulatorOperations.ConferenceCreate, statusCode: 502);

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        var reply = await bot.Connector.NextMessageAsync();

        var conference = Assert.Single(bot.TrueConf.Conferences);
        Assert.True(conference.IsRunning);
        Assert.NotNull(reply.Card);
        Assert.Contains(conference.Id, reply.JsonText);
        Assert.Contains("slow to confirm", reply.JsonText);
        Assert.Equal(1, bot.TrueConf.RequestLog.Count(request => request.Operation == SimulatorOperations.ConferenceCreate));
    }

    [Fact]
    public async Task When_create_times_out_after_the_server_made_it_and_the_user_is_told_it_failed_the_conference_is_deleted()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["TrueConf:RequestTimeout"] = "00:00:01" });
        bot.TrueConf.Faults.LoseAnswerNext(1, SimulatorOperations.ConferenceCreate, delay: TimeSpan.FromSeconds(3));
        // The bot's own look for it right after the timeout fails too (every retry of it).
        bot.TrueConf.Faults.FailNext(3, 502, "<html>Bad gateway</html>", "text/html", SimulatorOperations.ConferenceList);

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        var reply = await bot.Connector.NextMessageAsync(TimeSpan.FromSeconds(15));

        Assert.Null(reply.Card);
        Assert.Contains("so I couldn't do that", reply.Text);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!bot.TrueConf.RequestLog.Any(request => request.Operation == SimulatorOperations.ConferenceDelete) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100); // the sweeper looks for the conference the server made after all
        }

        Assert.Contains(bot.TrueConf.RequestLog, request => request.Operation == SimulatorOperations.ConferenceDelete);
        Assert.Empty(bot.TrueConf.Conferences);
        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromSeconds(1)), "a card arrived for a meeting the user was told had failed");
    }

    [Fact]
    public async Task Each_conference_carries_a_tag_naming_its_command()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.SendAsync(bot.Message("start meeting with dean"));
        await bot.Connector.NextMessageAsync();
        await bot.Connector.NextMessageAsync();

        Assert.Equal(2, bot.TrueConf.Conferences.Count);
        var tags = bot.TrueConf.Conferences.Select(conference => Assert.Single(conference.Tags)).ToArray();
        Assert.All(tags, tag => Assert.StartsWith("meetingbot-", tag));
        Assert.NotEqual(tags[0], tags[1]);
    }
}
