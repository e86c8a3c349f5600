using Microsoft.Extensions.Logging;

namespace MeetingBot.Slack.Api;

/// <summary>
/// Whether Slack took each token on its last call. A rejected token (revoked, app uninstalled, typo) stops every
/// Slack reply, so it is logged as an error once when it happens — not once per call — and the health check
/// reports it until a call with that token succeeds again.
/// </summary>
internal sealed class SlackTokenStatus(ILogger<SlackTokenStatus> logger)
{
    private readonly Rejection?[] _rejections = new Rejection?[2];

    internal sealed record Rejection(SlackTokenKind Token, string Method, string Error);

    public IReadOnlyList<Rejection> Rejections => _rejections.OfType<Rejection>().ToArray();

    public void Rejected(SlackTokenKind token, string method, string error)
    {
        if (Interlocked.Exchange(ref _rejections[(int)token], new Rejection(token, method, error)) is null)
        {
            SlackApiLog.TokenRejected(logger, token.ConfigurationKey(), error, method);
        }
    }

    public void Accepted(SlackTokenKind token)
    {
        if (Volatile.Read(ref _rejections[(int)token]) is not null && Interlocked.Exchange(ref _rejections[(int)token], null) is not null)
        {
            SlackApiLog.TokenAcceptedAgain(logger, token.ConfigurationKey());
        }
    }
}
