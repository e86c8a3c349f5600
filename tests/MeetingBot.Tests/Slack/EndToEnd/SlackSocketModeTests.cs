using System.Net;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Slack.EndToEnd;

/// <summary>Socket Mode only (an app token, no signing secret): nothing from Slack is taken over HTTP.</summary>
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
    public async Task With_only_Socket_Mode_configured_nothing_from_Slack_is_taken_over_HTTP()
    {
        var response = await _bot.App.CreateClient().PostAsync("/slack/commands", new StringContent("ssl_check=1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
