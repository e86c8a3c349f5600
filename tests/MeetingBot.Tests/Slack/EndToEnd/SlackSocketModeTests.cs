using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Slack.EndToEnd;

/// <summary>
/// Socket Mode with the real request handler: the bot, with no inbound HTTP from Slack at all, opens the socket,
/// acknowledges a slash command and starts the meeting, exactly as over HTTP.
/// </summary>
public sealed class SlackSocketModeTests : IAsyncLifetime
{
    private const string AppToken = "xapp-1-A0EEE-1767225600-5f0c9b7e2d4a41c6a9b8e3f1d2c7a6b5";
    private FakeSlackApi _slack = null!;
    private FakeSocketModeServer _socket = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _socket = await FakeSocketModeServer.StartAsync();
        _slack.AppToken = AppToken;
        _slack.SocketUrl = _socket.SocketUrl;
        _slack.AddUser(SlackHarness.Alex, "alex", "alexw@contoso.example", realName: "Alex Wilber");
        _slack.AddUser(SlackHarness.Dean, "dean", "dean@contoso.example", realName: "Dean Novak");
        _bot = await BotHarness.StartAsync(new()
        {
            ["Slack:AppToken"] = AppToken,
            ["Slack:BotToken"] = _slack.BotToken,
            ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
        });
        await _socket.WaitForOpenConnectionsAsync(1, TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _socket.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task A_slash_command_over_the_socket_is_acknowledged_and_its_meeting_card_posted_redeliveries_included_once()
    {
        var command = new JsonObject
        {
            ["team_id"] = SlackHarness.Team, ["channel_id"] = SlackHarness.Channel, ["user_id"] = SlackHarness.Alex, ["command"] = "/meet",
            ["text"] = $"with <@{SlackHarness.Dean}|dean>", ["response_url"] = _slack.ResponseUrl("socket"), ["trigger_id"] = "77.socket.trigger",
        };

        var first = await _socket.SendAsync("slash_commands", command, acceptsResponsePayload: true);
        var again = await _socket.SendAsync("slash_commands", command.DeepClone(), acceptsResponsePayload: true, retryAttempt: 1);

        await _socket.WaitForAckAsync(first, TimeSpan.FromSeconds(5));
        await _socket.WaitForAckAsync(again, TimeSpan.FromSeconds(5));
        var card = await _slack.WaitForCallAsync("chat.postMessage", timeout: TimeSpan.FromSeconds(30));
        Assert.Equal(SlackHarness.Channel, card.Arg("channel"));
        var conference = Assert.Single(_bot.TrueConf.Conferences);
        Assert.Contains(conference.Id, (string?)SlackMessageQuery.Button(card.Json, "meeting.join")?["url"]);
        Assert.True(await _slack.StaysQuietAsync("chat.postMessage", TimeSpan.FromSeconds(1), already: 1));
    }

    [Fact]
    public async Task With_only_Socket_Mode_configured_nothing_from_Slack_is_taken_over_HTTP()
    {
        var response = await _bot.App.CreateClient().PostAsync("/slack/commands", new StringContent("ssl_check=1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
