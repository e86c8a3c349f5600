namespace MeetingBot.Storage;

/// <summary>
/// Secrets the bot makes for itself (not configured ones), kept so they survive restarts and every instance sharing
/// the store uses the same value.
/// </summary>
public interface IBotSecretStore
{
    /// <summary>
    /// The value stored under <paramref name="name"/>; when there is none yet, stores <paramref name="candidate"/> and
    /// returns it. Of two instances adding at once, both get the value that was stored first.
    /// </summary>
    Task<string> GetOrAddAsync(string name, string candidate, CancellationToken cancellationToken);
}
