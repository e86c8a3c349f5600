using MeetingBot.Meetings;
using MeetingBot.Slack.Api;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack.Inbound;

/// <summary>Slack users as chat people: their names (from <c>users.info</c>, cached by the client) and a channel's members.</summary>
internal sealed class SlackPeople(SlackWebApiClient api, IOptionsMonitor<MeetingBotOptions> options)
{
    private const int ParallelLookups = 4;

    public async Task<ChatUser> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
        return new ChatUser(userId, user is null ? userId : NameOf(user));
    }

    /// <summary>Who sent a request: their name, and the locale and time zone Slack tells for them (<c>users.info</c>, cached).</summary>
    public async Task<SlackSender> FindSenderAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
        return new SlackSender(new ChatUser(userId, user is null ? userId : NameOf(user)), user?.Locale, user?.TimeZone);
    }

    /// <summary>The names of <paramref name="userIds"/>, looked up a few at a time.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            // Most commands mention nobody by Slack id: nothing to look up, nothing to allocate for it.
            return System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;
        }

        var names = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            userIds,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelLookups, CancellationToken = cancellationToken },
            async (id, token) => names[id] = (await FindAsync(id, token).ConfigureAwait(false)).Name).ConfigureAwait(false);
        return names;
    }

    /// <summary>
    /// The people of a channel (bots and deactivated accounts left out). Beyond <see cref="MeetingBotOptions.MaxInvitees"/>
    /// the caller refuses the number anyway, so names are not looked up one by one then (Slack limits <c>users.info</c>).
    /// </summary>
    public async Task<IReadOnlyList<ChatUser>> ListMembersAsync(string channelId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await api.GetMembersAsync(channelId, cursor, cancellationToken).ConfigureAwait(false);
            ids.AddRange(page.UserIds);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        if (ids.Count > options.CurrentValue.MaxInvitees + 1)
        {
            return ids.Select(id => new ChatUser(id, id)).ToArray();
        }

        var people = new List<ChatUser>(ids.Count);
        foreach (var id in ids)
        {
            var user = await api.GetUserAsync(id, cancellationToken).ConfigureAwait(false);
            if (user is { IsBot: false, Deleted: false })
            {
                people.Add(new ChatUser(id, NameOf(user)));
            }
        }

        return people;
    }

    public static string NameOf(SlackUser user) =>
        !string.IsNullOrWhiteSpace(user.DisplayName) ? user.DisplayName
        : !string.IsNullOrWhiteSpace(user.RealName) ? user.RealName
        : user.Name;
}

/// <summary>The sender of a Slack request, with what Slack tells of the language and time zone they read in.</summary>
internal sealed record SlackSender(ChatUser User, string? Locale, string? TimeZone);
