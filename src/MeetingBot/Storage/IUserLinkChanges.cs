namespace MeetingBot.Storage;

/// <summary>
/// Tells about every link set on this instance or on any other sharing the store, so that what an instance derived
/// from a link (the identities its resolver caches) is dropped at once instead of when it expires.
/// </summary>
public interface IUserLinkChanges
{
    /// <summary>Raised with the channel and chat user id of a link that was just set. Listeners must be quick.</summary>
    event Action<string, string>? LinkSet;

    /// <summary>
    /// Raised when notices may have been missed (the connection to the shared store was lost and came back): anything
    /// derived from a link may be stale.
    /// </summary>
    event Action? NoticesMissed;
}
