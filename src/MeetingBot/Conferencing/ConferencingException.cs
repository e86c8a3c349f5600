namespace MeetingBot.Conferencing;

/// <summary>Why a call to the video backend failed, in terms the chat reply can explain.</summary>
public enum ConferencingFailure
{
    /// <summary>The server could not be reached or answered with a server error.</summary>
    Unreachable,

    /// <summary>The server did not answer in time.</summary>
    TimedOut,

    /// <summary>The server asked the bot to slow down (too many requests) and to come back later.</summary>
    Busy,

    /// <summary>The bot's own credentials were refused.</summary>
    CredentialsRejected,

    /// <summary>The bot's credentials lack a permission.</summary>
    PermissionDenied,

    /// <summary>The thing asked for does not exist.</summary>
    NotFound,

    /// <summary>The server refused the request as invalid.</summary>
    Rejected,
}

/// <summary>Base of every typed error a video backend raises.</summary>
public abstract class ConferencingException(ConferencingFailure failure, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ConferencingFailure Failure { get; } = failure;

    /// <summary>A short explanation from the server that is safe to show to a user, if it gave one.</summary>
    public abstract string? ServerReason { get; }
}
