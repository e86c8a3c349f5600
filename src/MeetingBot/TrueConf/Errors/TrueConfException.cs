using MeetingBot.Conferencing;

namespace MeetingBot.TrueConf.Errors;

/// <summary>
/// A failed TrueConf call, carrying what the server said about it. Its message goes to the log, so e-mail
/// addresses in it (servers echo the input they refuse) are masked here, where every such message is made.
/// </summary>
public class TrueConfException(
    ConferencingFailure failure, string message, int? statusCode = null, string? reason = null,
    string? serverMessage = null, string? location = null, Exception? inner = null)
    : ConferencingException(failure, Telemetry.LogRedaction.MaskEmailsIn(message), inner)
{
    /// <summary>HTTP status of the answer, when there was one.</summary>
    public int? StatusCode { get; } = statusCode;

    /// <summary>Machine-readable reason, e.g. <c>userNotFound</c> or <c>invalid_client</c>.</summary>
    public string? Reason { get; } = reason;

    /// <summary>The server's human-readable message.</summary>
    public string? ServerMessage { get; } = serverMessage;

    /// <summary>The input at fault (<c>owner</c>, <c>conference_id</c>, …), when the server names one.</summary>
    public string? Location { get; } = location;

    public override string? ServerReason => ServerMessage;
}

/// <summary>The API answered with its error shape (<c>{"error":{"code","message","errors":[…]}}</c>).</summary>
public sealed class TrueConfApiException(ConferencingFailure failure, int statusCode, string? reason, string? serverMessage, string? location)
    : TrueConfException(failure, $"TrueConf answered {statusCode} {reason}: {serverMessage}", statusCode, reason, serverMessage, location);

/// <summary>The token endpoint refused the bot's client credentials (RFC 6749 error shape).</summary>
public sealed class TrueConfCredentialsException(int statusCode, string? oauthError, string? description)
    : TrueConfException(ConferencingFailure.CredentialsRejected, $"TrueConf refused the client credentials ({statusCode} {oauthError}: {description})", statusCode, oauthError, description);

/// <summary>TrueConf could not be reached, or answered with a server error or something that is not its API.</summary>
public sealed class TrueConfUnavailableException(string message, int? statusCode = null, Exception? inner = null)
    : TrueConfException(ConferencingFailure.Unreachable, message, statusCode, inner: inner);

/// <summary>TrueConf did not answer within the configured time.</summary>
public sealed class TrueConfTimeoutException(TimeSpan waited, Exception? inner = null)
    : TrueConfException(ConferencingFailure.TimedOut, $"TrueConf did not answer within {waited.TotalSeconds:0.#} s", inner: inner);

/// <summary>TrueConf (or a proxy in front of it) answered 429: too many requests, come back later.</summary>
public sealed class TrueConfBusyException(string message, int statusCode)
    : TrueConfException(ConferencingFailure.Busy, message, statusCode);
