using System.Text.Json.Nodes;
using MeetingBot.Slack.SocketMode;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Slack.SocketMode;

/// <summary>Over Socket Mode the bot does what it does over HTTP: the same handler, the TrueConf simulator, the fake Slack Web API.</summary>
public sealed class SocketModeEndToEndTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_slash_command_over_the_socket_is_acknowledged_at_once_and_its_meeting_card_follows_in_the_channel()
    {
        await using var socket = await FakeSocketModeServer.StartAsync();
        await using var bot = await StartAsync(socket);
        bot.TrueConf.Faults.ResponseDelay = TimeSpan.FromSeconds(2);

        var envelopeId = await socket.SendAsync("slash_commands", Command(bot, $"with <@{SlackHarness.Kevin}|kevin>", "start"), acceptsResponsePayload: true);
        var ack = await socket.WaitForAckAsync(envelopeId);

        Assert.True(ack.At - socket.SentAt(envelopeId) < TimeSpan.FromSeconds(3), $"acknowledged after {ack.At - socket.SentAt(envelopeId)}");
        var card = await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        var conference = Assert.Single(bot.TrueConf.Conferences);
        Assert.True(conference.IsRunning);
        Assert.Equal("alex", conference.OwnerId);
        Assert.Equal(["alex", "kevin"], conference.Invitations.Select(invitation => invitation.UserId).Order());
        Assert.Equal(SlackHarness.Channel, card.Arg("channel"));
        Assert.Contains(conference.Id, card.Body);
    }

    [Fact]
    public async Task A_mention_redelivered_with_a_retry_attempt_starts_one_meeting()
    {
        await using var socket = await FakeSocketModeServer.StartAsync();
        await using var bot = await StartAsync(socket);
        var mention = SlackHarness.Envelope("Ev0SOCKET1", SlackHarness.Mention("<@U0BOT> start meeting with dean"));

        await socket.WaitForAckAsync(await socket.SendAsync("events_api", mention));
        await socket.WaitForAckAsync(await socket.SendAsync("events_api", mention.DeepClone(), retryAttempt: 1));

        await bot.Slack.WaitForCallAsync("chat.postMessage", timeout: Wait);
        Assert.True(await bot.Slack.StaysQuietAsync("chat.postMessage", TimeSpan.FromSeconds(1), already: 1));
        Assert.Single(bot.TrueConf.Conferences);
    }

    /// <summary>The bot with Slack in Socket Mode, once its socket is up.</summary>
    private static async Task<SlackHarness> StartAsync(FakeSocketModeServer socket)
    {
        var bot = await SlackHarness.StartAsync(new() { ["Slack:AppToken"] = FakeSlackApi.DefaultAppToken }, services =>
        {
            // Until the Slack channel registers Socket Mode itself.
            if (!services.Any(service => service.ServiceType == typeof(SocketModeStatus)))
            {
                services.AddSlackSocketMode();
            }
        });
        // The first attempt may come before the address is set; the next, a second later, finds it.
        bot.Slack.SocketUrl = socket.SocketUrl;
        await socket.WaitForConnectionsAsync(1, Wait);
        await SocketModeDeliveryTests.WaitUntilAsync(() => Task.FromResult(bot.App.Logs.Lines.Any(line => line.Contains("[2700]"))), Wait);
        return bot;
    }

    /// <summary>A slash command as Socket Mode delivers it: the HTTP form's fields as a JSON object.</summary>
    private static JsonObject Command(SlackHarness bot, string text, string responseName) => new()
    {
        ["token"] = "legacy-ignored",
        ["team_id"] = SlackHarness.Team,
        ["team_domain"] = "acme",
        ["channel_id"] = SlackHarness.Channel,
        ["channel_name"] = "general",
        ["user_id"] = SlackHarness.Alex,
        ["user_name"] = "alex",
        ["command"] = "/meet",
        ["text"] = text,
        ["api_app_id"] = "A0EEE",
        ["is_enterprise_install"] = "false",
        ["response_url"] = bot.Slack.ResponseUrl(responseName),
        ["trigger_id"] = bot.NewTriggerId(),
    };
}
