namespace MeetingBot.Slack.Auth;

/// <summary>The outcome of checking one request's Slack signature; anything but <see cref="Valid"/> is answered 401.</summary>
public enum SlackSignatureCheck
{
    Valid,

    /// <summary>No <c>X-Slack-Request-Timestamp</c> or no <c>X-Slack-Signature</c>.</summary>
    Missing,

    /// <summary>The timestamp is not a number of seconds, or the signature is not <c>v0=</c> and 64 hex digits.</summary>
    Malformed,

    /// <summary>The timestamp is more than five minutes away from now, in the past or in the future.</summary>
    Stale,

    /// <summary>The signature does not match the body (tampered, another secret, or no signing secret configured).</summary>
    Mismatch,

    /// <summary>A correct signature that was already accepted once: a copy of an earlier request.</summary>
    Replayed,
}
