using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Telemetry;

namespace MeetingBot.Delivery;

public static class CountedReplies
{
    /// <summary>Sends through the outbox and counts the reply for <paramref name="channel"/> in the bot's metrics, sent or failed.</summary>
    public static async Task<string?> SendCountedAsync(
        this ReplyOutbox outbox, OutboxMessage message, bool mayRepeat, MeetingBotMetrics metrics, string channel, CancellationToken cancellationToken)
    {
        try
        {
            var messageId = await outbox.SendAsync(message, mayRepeat, cancellationToken).ConfigureAwait(false);
            metrics.ReplySent(channel, "sent");
            return messageId;
        }
        catch (ChatDeliveryException)
        {
            metrics.ReplySent(channel, "failed");
            throw;
        }
    }
}
