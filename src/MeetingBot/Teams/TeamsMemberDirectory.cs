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
        var key = EmailKey(memberId);
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

    /// <summary>
    /// Every member of the conversation, page by page (the Connector caps a page at 500). Their e-mails are
    /// remembered on the way, so mapping them to backend users asks the Connector nothing more.
    /// </summary>
    public async Task<IReadOnlyList<Meetings.ChatUser>> ListAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        const int MaxPages = 40;
        var people = new List<Meetings.ChatUser>();
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await connector.GetPagedMembersAsync(serviceUrl, conversationId, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var member in result.Members ?? [])
            {
                if (string.IsNullOrEmpty(member.Id))
                {
                    continue;
                }

                people.Add(new Meetings.ChatUser(member.Id, member.Name ?? string.Empty));
                var email = FirstPresent(member.Email, member.UserPrincipalName, member.UserPrincipleName);
                cache.Set(EmailKey(member.Id), email,
                    new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.CurrentValue.IdentityCacheDuration, Size = 1 });
            }

            continuation = result.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                break;
            }
        }

        return people;
    }

    private static string EmailKey(string memberId) => "teams:member-email:" + memberId;

    private static string? FirstPresent(params string?[] values) => values.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Teams member lookup failed ({StatusCode} {ErrorCode})")]
    private partial void LogLookupFailed(int? statusCode, string? errorCode);
}
