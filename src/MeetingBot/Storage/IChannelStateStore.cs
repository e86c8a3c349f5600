namespace MeetingBot.Storage;

/// <summary>
/// Small values a chat channel keeps about the core's things that the core has no place for (what the chat platform
/// knows a meeting by beside its message), by a key the channel makes. A value is kept at least 30 days after it was
/// last set (the shared store then drops it: these values only matter while their meeting's card still changes).
/// </summary>
public interface IChannelStateStore
{
    /// <summary>The value stored under <paramref name="key"/>, or null.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing what was there.</summary>
    Task SetAsync(string key, string value, CancellationToken cancellationToken);
}
