namespace MeetingBot.Delivery;

/// <summary>Sends what the outbox holds for one chat platform (<see cref="Source"/>).</summary>
public interface IReplyTransport
{
    /// <summary>The <see cref="Storage.OutboxMessage.Source"/> this transport delivers.</summary>
    string Source { get; }

    /// <summary>
    /// Whether a message to <paramref name="target"/> replaces an earlier message in place (a card update), so a newer
    /// one to the same target makes it pointless.
    /// </summary>
    bool ReplacesInPlace(string target);

    /// <summary>Delivers the message; returns the platform's id of the message when it tells one.</summary>
    /// <exception cref="ReplyDeliveryException">The platform did not take it.</exception>
    Task<string?> DeliverAsync(string target, byte[] body, CancellationToken cancellationToken);
}

/// <summary>A chat platform did not take a message; <see cref="IsTransient"/> says whether trying again may help.</summary>
public sealed class ReplyDeliveryException(string message, bool isTransient, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public bool IsTransient { get; } = isTransient;

    /// <summary>How long the platform asked us to wait (<c>Retry-After</c>), if it did.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
