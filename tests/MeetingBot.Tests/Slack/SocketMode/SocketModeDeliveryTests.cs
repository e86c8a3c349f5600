using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Slack.Inbound;

namespace MeetingBot.Tests.Slack.SocketMode;

/// <summary>What arrives over the socket reaches the request handler typed, and every envelope is acknowledged.</summary>
public sealed class SocketModeDeliveryTests
{
    [Fact]
    public async Task The_bot_opens_the_socket_with_the_app_token_and_is_ready_after_hello()
    {
        await using var slack = await SocketModeBot.StartAsync();

        await slack.Socket.WaitForConnectionsAsync(1);
        await WaitUntilAsync(async () => (await slack.ReadinessAsync()).Status == "Healthy");

        var open = Assert.Single(slack.Slack.Calls, call => call.Method == "apps.connections.open");
        Assert.Equal("Bearer " + SocketModeBot.AppToken, open.Authorization);
        Assert.Equal(("Healthy", "Connected to Slack"), await slack.ReadinessAsync());
    }

    [Fact]
    public async Task A_slash_command_reaches_the_handler_typed_and_its_answer_goes_back_as_the_ack_payload()
    {
        await using var slack = await ConnectedAsync();
        slack.Handler.Answer = (_, _) => Task.FromResult(new SlackAck(Encoding.UTF8.GetBytes("""{"response_type":"ephemeral","text":"Starting your meeting…"}""")));

        var envelopeId = await slack.Socket.SendAsync("slash_commands", SocketModePayloads.SlashCommand(), acceptsResponsePayload: true);
        var ack = await slack.Socket.WaitForAckAsync(envelopeId);

        var request = Assert.Single(slack.Handler.Requests);
        Assert.Equal(0, request.RetryAttempt);
        Assert.Equal(
            new SlackSlashCommand("T0AAA", "C0BBB", "U0CCC", "/meet", "with <@U0DDD|dean> and kevin", "https://hooks.slack.example/commands/T0AAA/1/abc",
                "13345224609.738474920.8088930838d88f008e0", ChannelName: "general", UserName: "ann", ApiAppId: "A0EEE"),
            request.Command);
        Assert.Equal("ephemeral", (string?)ack.Payload?["response_type"]);
        Assert.Equal("Starting your meeting…", (string?)ack.Payload?["text"]);
    }

    [Fact]
    public async Task An_answer_is_left_out_of_the_ack_when_the_envelope_accepts_no_payload()
    {
        await using var slack = await ConnectedAsync();
        slack.Handler.Answer = (_, _) => Task.FromResult(new SlackAck(Encoding.UTF8.GetBytes("""{"text":"ignored"}""")));

        var envelopeId = await slack.Socket.SendAsync("slash_commands", SocketModePayloads.SlashCommand(), acceptsResponsePayload: false);
        var ack = await slack.Socket.WaitForAckAsync(envelopeId);

        Assert.Equal($$"""{"envelope_id":"{{envelopeId}}"}""", ack.Raw);
    }

    [Fact]
    public async Task An_event_reaches_the_handler_with_its_retry_attempt()
    {
        await using var slack = await ConnectedAsync();

        var envelopeId = await slack.Socket.SendAsync("events_api", SocketModePayloads.AppMention(), retryAttempt: 2);
        var ack = await slack.Socket.WaitForAckAsync(envelopeId);

        var request = Assert.Single(slack.Handler.Requests);
        Assert.Equal(2, request.RetryAttempt);
        Assert.Equal("event_callback", request.Event?.Type);
        Assert.Equal("Ev0ABC", request.Event?.EventId);
        Assert.Equal(new SlackEvent("app_mention", "U0CCC", "<@U0BOT> start meeting with dean", "1767225600.000100", "C0BBB", EventTs: "1767225600.000100"), request.Event?.Event);
        Assert.Null(ack.Payload);
    }

    [Fact]
    public async Task A_button_click_reaches_the_handler_as_an_interaction()
    {
        await using var slack = await ConnectedAsync();

        var envelopeId = await slack.Socket.SendAsync("interactive", SocketModePayloads.StopButton(), acceptsResponsePayload: true);
        await slack.Socket.WaitForAckAsync(envelopeId);

        var interaction = Assert.Single(slack.Handler.Requests).Interaction;
        Assert.NotNull(interaction);
        Assert.Equal("block_actions", interaction.Type);
        Assert.Equal("U0CCC", interaction.User.Id);
        Assert.Equal(new SlackContainer("message", "1767225601.000200", "C0BBB"), interaction.Container);
        Assert.Equal("https://hooks.slack.example/actions/T0AAA/2/def", interaction.ResponseUrl);
        Assert.Equal(new SlackAction("meeting_end", "mtg", "button", "mtg_42", "1767225650.123456"), Assert.Single(interaction.Actions!));
    }

    [Theory]
    [InlineData("slash_commands", "\"team_id=T0AAA&text=hi\"")]
    [InlineData("slash_commands", """{"team_id":"T0AAA","text":"only two fields"}""")]
    [InlineData("events_api", """{"type":42}""")]
    [InlineData("interactive", "[1,2,3]")]
    public async Task A_payload_that_cannot_be_read_is_acknowledged_logged_and_not_handled(string type, string payload)
    {
        await using var slack = await ConnectedAsync();

        var envelopeId = await slack.Socket.SendAsync(type, JsonNode.Parse(payload));
        var ack = await slack.Socket.WaitForAckAsync(envelopeId);

        Assert.Equal($$"""{"envelope_id":"{{envelopeId}}"}""", ack.Raw);
        Assert.Empty(slack.Handler.Requests);
        Assert.Contains(slack.Logs.Lines, line => line.Contains("[2710]") && line.Contains(envelopeId) && line.Contains(type));
    }

    [Fact]
    public async Task A_message_that_is_not_json_is_logged_and_the_connection_goes_on()
    {
        await using var slack = await ConnectedAsync();

        await slack.Socket.SendRawAsync("}{ not json");
        var envelopeId = await slack.Socket.SendAsync("events_api", SocketModePayloads.AppMention());
        await slack.Socket.WaitForAckAsync(envelopeId);

        Assert.Single(slack.Handler.Requests);
        Assert.Contains(slack.Logs.Lines, line => line.Contains("[2720]"));
        Assert.Equal(1, slack.Socket.Connections);
    }

    [Fact]
    public async Task A_handler_that_fails_still_gets_its_envelope_acknowledged_and_the_failure_logged()
    {
        await using var slack = await ConnectedAsync();
        slack.Handler.Answer = (_, _) => Task.FromException<SlackAck>(new InvalidOperationException("handler broke"));

        var envelopeId = await slack.Socket.SendAsync("slash_commands", SocketModePayloads.SlashCommand(), acceptsResponsePayload: true);
        var ack = await slack.Socket.WaitForAckAsync(envelopeId);

        Assert.Null(ack.Payload);
        Assert.Contains(slack.Logs.Lines, line => line.Contains("[2713]") && line.Contains("handler broke"));
    }

    /// <summary>The bot once it has had Slack's hello.</summary>
    internal static async Task<SocketModeBot> ConnectedAsync()
    {
        var slack = await SocketModeBot.StartAsync();
        await WaitUntilAsync(() => Task.FromResult(slack.Logs.Lines.Any(line => line.Contains("[2700]"))));
        return slack;
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, "the condition never held");
            await Task.Delay(20);
        }
    }
}
