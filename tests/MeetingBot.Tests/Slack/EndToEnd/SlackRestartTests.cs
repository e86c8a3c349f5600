using System.Text;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Slack.EndToEnd;

/// <summary>A Slack request the bot acknowledged survives the process stopping before it was done.</summary>
public sealed class SlackRestartTests
{
    [Fact]
    public async Task A_slash_command_acknowledged_before_a_crash_is_done_after_the_restart_once()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        string responseUrl;
        await using (var before = await SlackHarness.StartAsync(databasePath: databasePath))
        {
            // As the endpoint writes it down before its 200; the crash came before the worker ran it.
            responseUrl = before.Slack.ResponseUrl("resumed");
            var work = before.App.Services.GetRequiredService<IAcceptedWorkStore>();
            var payload = new System.Text.Json.Nodes.JsonObject
            {
                ["command"] = new System.Text.Json.Nodes.JsonObject
                {
                    ["team_id"] = "T0AAA", ["channel_id"] = "C0GENERAL", ["user_id"] = "U0ALEX", ["command"] = "/meet", ["text"] = "with dean",
                    ["response_url"] = responseUrl, ["trigger_id"] = "9.9.crashed",
                },
            }.ToJsonString();
            Assert.True(await work.TryAcceptAsync("slack:command:9.9.crashed", "slack", Encoding.UTF8.GetBytes(payload), TimeSpan.FromHours(1), CancellationToken.None));
        }

        await using var after = await SlackHarness.StartAsync(databasePath: databasePath);

        var card = await after.Slack.WaitForCallAsync("chat.postMessage", timeout: TimeSpan.FromSeconds(30));
        Assert.Equal(SlackHarness.Channel, card.Arg("channel"));
        Assert.Single(after.TrueConf.Conferences);
        Assert.True(await after.Slack.StaysQuietAsync("chat.postMessage", TimeSpan.FromSeconds(1), already: 1));
    }
}
