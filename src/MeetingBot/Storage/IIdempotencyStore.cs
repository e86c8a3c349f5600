namespace MeetingBot.Storage;

/// <summary>Remembers keys already handled, so a redelivered chat message is not acted on twice.</summary>
public interface IIdempotencyStore
{
    /// <summary>True for the first claim of <paramref name="key"/> within <paramref name="lifetime"/>; false for repeats.</summary>
    ValueTask<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken);
}
