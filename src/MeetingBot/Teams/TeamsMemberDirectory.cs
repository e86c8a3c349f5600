using MeetingBot.BotFramework.Connector;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MeetingBot.Teams;

/// <summary>E-mail/UPN of Teams members via the Connector's <c>GET members/{id}</c>, cached per member.</summary>
public sealed partial class TeamsMemberDirectory(
    BotConnectorClient connector, IMemoryCache cache, IOptionsMonitor<Meetings.MeetingBotOptions> options, ILogger<TeamsMemberDirectory> logger)
{
    public async Task<string?> FindEmailAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        var key = "teams:member-email:" + memberId;
        if (cache.TryGetValue(key, out string? known))
        {
            return known;
        }

        string? email = null;
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, conversationId, memberId, cancellationToken).ConfigureAwait(false);
            email = FirstPresent(member?.Email, member?.UserPrincipalName, member?.UserPrincipleName);
        }
        catch (BotConnectorException error)
        {
            // Without the roster the person can still be matched by a link or a name; say why in the log only.
            LogLookupFailed(error.StatusCode, error.ErrorCode);
            return null;
        }

        cache.Set(key, email, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.CurrentValue.IdentityCacheDuration, Size = 1 });
        return email;
    }

    private static string? FirstPresent(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Teams member lookup failed ({StatusCode} {ErrorCode})")]
    private partial void LogLookupFailed(int? statusCode, string? errorCode);
}
