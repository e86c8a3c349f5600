using System.Diagnostics;
using System.Net;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MeetingBot.TrueConfSimulator;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>TrueConf down, slow or misconfigured: the HTTP answer never waits, and the user gets a clear sentence.</summary>
public sealed class VideoServerFailureTests
{
    [Fact]
    public async Task A_server_that_never_answers_gets_a_clear_reply_within_the_command_budget()
    {
        await using var bot = await BotHarness.StartAsync(new()
        {
            ["TrueConf:RequestTimeout"] = "00:00:01",
            ["MeetingBot:CommandTimeout"] = "00:00:03",
            ["MeetingBot:TypingDelay"] = "00:00:00.200",
        });
        bot.TrueConf.Faults.ResponseDelay = TimeSpan.FromMinutes(5);
        var clock = Stopwatch.StartNew();

        var response = await bot.SendAsync(bot.Message("start meeting with kevin"));
        var answeredAfter = clock.Elapsed;
        var typing = await bot.Connector.NextActivityAsync();
        var reply = await bot.Connector.NextMessageAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Had the answer waited for the work, it would take the whole 3 s command budget.
        Assert.True(answeredAfter < TimeSpan.FromSeconds(2.5), $"the HTTP answer waited {answeredAfter}");
        Assert.Equal("typing", (string?)typing.Body!["type"]);
        Assert.Contains("didn't answer in time", reply.Text);
        Assert.DoesNotContain("Exception", reply.Text);
    }

    [Fact]
    public async Task An_unreachable_server_is_explained()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["TrueConf:ServerUrl"] = "http://127.0.0.1:9" });

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("isn't reachable", reply.Text);
    }

    [Fact]
    public async Task Refused_bot_credentials_are_explained_without_revealing_them()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["TrueConf:ClientSecret"] = "not-the-secret" });

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("credentials were refused", reply.Text);
        Assert.DoesNotContain("not-the-secret", reply.Text);
        Assert.DoesNotContain("not-the-secret", bot.App.Logs.All);
    }

    [Fact]
    public async Task A_refused_create_passes_on_the_servers_reason()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.TrueConf.Faults.FailNext(1, 400,
            """{"error":{"code":400,"message":"Bad Request","errors":[{"reason":"invalidValue","message":"max_participants is above the licence limit","locationType":"parameter","location":"max_participants"}]}}""",
            operation: SimulatorOperations.ConferenceCreate);

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.Contains("max_participants is above the licence limit", reply.Text);
    }

    [Fact]
    public async Task Without_the_users_permission_typed_names_are_used_as_logins()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["MeetingBot:UserMappings:0:Chat"] = "29:alex-aad", ["MeetingBot:UserMappings:0:TrueConf"] = "alex" });
        bot.TrueConf.Faults.DeniedScopes.Add("users:read");

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        var reply = await bot.Connector.NextMessageAsync();

        Assert.NotNull(reply.Card);
        Assert.Contains(Assert.Single(bot.TrueConf.Conferences).Invitations, i => i.UserId == "kevin");
        Assert.Contains("users:read", bot.App.Logs.All);
    }

    [Fact]
    public async Task A_connector_that_refuses_the_reply_is_logged_and_not_retried_with_another_message()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.FailActivitiesWith = 403;

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.Connector.NextMessageAsync();

        Assert.True(await bot.Connector.StaysQuietAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Contains("Could not send the reply", bot.App.Logs.All);
        // The conference is running, so it is remembered even though the chat never showed its card.
        var stored = await bot.App.Services.GetRequiredService<IMeetingStore>()
            .FindLatestInConversationAsync("msteams", TestActivities.ConversationId, CancellationToken.None);
        Assert.Equal(Assert.Single(bot.TrueConf.Conferences).Id, stored?.ConferenceId);
        Assert.Null(stored?.CardMessageId);
    }
}
