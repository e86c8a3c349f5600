using MeetingBot.Slack.Inbound;

namespace MeetingBot.Tests.Slack.SocketMode;

/// <summary>Slack hears back within its 3 s whatever the handler does, and one slow request holds up no other.</summary>
public sealed class SocketModeAckTimingTests
{
    [Fact]
    public async Task A_handler_still_busy_after_the_budget_does_not_hold_the_ack_and_finishes_in_the_background()
    {
        await using var slack = await SocketModeDeliveryTests.ConnectedAsync();
        var release = new TaskCompletionSource();
        var finished = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        slack.Handler.Answer = async (_, cancellationToken) =>
        {
            // Busy for 10 s unless the test lets it go earlier, once the ack has been seen.
            await release.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            finished.SetResult(!cancellationToken.IsCancellationRequested);
            return new SlackAck("""{"text":"too late"}"""u8.ToArray());
        };

        var envelopeId = await slack.Socket.SendAsync("slash_commands", SocketModePayloads.SlashCommand(), acceptsResponsePayload: true);
        var ack = await slack.Socket.WaitForAckAsync(envelopeId, TimeSpan.FromSeconds(5));
        release.SetResult();

        Assert.InRange(ack.At - slack.Socket.SentAt(envelopeId), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3));
        Assert.Null(ack.Payload);
        Assert.True(await finished.Task.WaitAsync(TimeSpan.FromSeconds(5)), "the handler was cancelled instead of left to finish");
        Assert.Contains(slack.Logs.Lines, line => line.Contains("[2712]") && line.Contains(envelopeId));
    }

    [Fact]
    public async Task A_slow_request_does_not_delay_the_ack_of_a_quick_one_behind_it()
    {
        await using var slack = await SocketModeDeliveryTests.ConnectedAsync();
        var release = new TaskCompletionSource();
        slack.Handler.Answer = async (request, _) =>
        {
            if (request.Command?.Text == "slow")
            {
                await release.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }

            return SlackAck.Empty;
        };

        var slow = await slack.Socket.SendAsync("slash_commands", SocketModePayloads.SlashCommand("slow"));
        var quick = await slack.Socket.SendAsync("slash_commands", SocketModePayloads.SlashCommand("quick"));
        var quickAck = await slack.Socket.WaitForAckAsync(quick);
        release.SetResult();
        var slowAck = await slack.Socket.WaitForAckAsync(slow);

        Assert.True(quickAck.At < slowAck.At, "the quick request's ack waited for the slow one");
        Assert.True(quickAck.At - slack.Socket.SentAt(quick) < TimeSpan.FromSeconds(1), $"the quick ack took {quickAck.At - slack.Socket.SentAt(quick)}");
    }
}
