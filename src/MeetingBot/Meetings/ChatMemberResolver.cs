using MeetingBot.Commands;
using MeetingBot.Conferencing;
using Microsoft.Extensions.Caching.Memory;

namespace MeetingBot.Meetings;

/// <summary>
/// People on a backend without a user directory are chat users: the sender and an @mention are themselves, and a
/// typed name is looked for among the conversation's members — an exact display name, else a unique first name (case
/// ignored). Nobody → <see cref="UnknownMember"/>, several → <see cref="AmbiguousMember"/> naming them.
/// </summary>
public sealed class ChatMemberResolver(IMemoryCache cache) : IPersonResolver
{
    /// <summary>A roster is kept this long per conversation: one command naming five people reads it once.</summary>
    internal static readonly TimeSpan RosterLifetime = TimeSpan.FromMinutes(1);

    public Task<PersonResolution> ResolveSenderAsync(IChatConversation chat, CancellationToken cancellationToken) =>
        Task.FromResult<PersonResolution>(Itself(chat.Sender.Id, chat.Sender.Name));

    public async Task<PersonResolution> ResolveAsync(PersonReference person, IChatConversation chat, CancellationToken cancellationToken) => person switch
    {
        MentionedPerson mentioned => Itself(mentioned.ChatUserId, mentioned.Name),
        NamedPerson named => Match(named, await RosterAsync(chat, cancellationToken).ConfigureAwait(false)),
        _ => throw new ArgumentOutOfRangeException(nameof(person)),
    };

    /// <summary>The name as typed, else its first base form that names somebody (с Деном → Ден); replies keep it as typed.</summary>
    internal static PersonResolution Match(NamedPerson person, IReadOnlyList<ChatUser> members)
    {
        var resolution = Match(person.Name, members);
        foreach (var form in person.BaseForms)
        {
            if (resolution is not UnknownMember)
            {
                break;
            }

            resolution = Match(form, members) switch
            {
                AmbiguousMember several => several with { RequestedAs = person.Name },
                var other => other,
            };
        }

        return resolution is UnknownMember ? new UnknownMember(person.Name) : resolution;
    }

    private static ResolvedPerson Itself(string chatUserId, string name) =>
        new(name, new ConferenceUser(chatUserId, string.IsNullOrWhiteSpace(name) ? chatUserId : name, Email: null, IsActive: true));

    internal static PersonResolution Match(string typed, IReadOnlyList<ChatUser> members)
    {
        var name = typed.Trim().TrimStart('@');
        var exact = members.Where(member => string.Equals(member.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)).ToArray();
        var matches = exact.Length > 0
            ? exact
            : members.Where(member => string.Equals(FirstName(member.Name), name, StringComparison.OrdinalIgnoreCase)).ToArray();
        var distinct = matches.DistinctBy(member => member.Id, StringComparer.Ordinal).ToArray();
        return distinct.Length switch
        {
            0 => new UnknownMember(typed),
            1 => Itself(distinct[0].Id, distinct[0].Name),
            _ => new AmbiguousMember(typed, distinct.Select(member => member.Name).ToArray()),
        };
    }

    private static string FirstName(string displayName)
    {
        var trimmed = displayName.Trim();
        var space = trimmed.IndexOf(' ');
        return space < 0 ? trimmed : trimmed[..space];
    }

    private async Task<IReadOnlyList<ChatUser>> RosterAsync(IChatConversation chat, CancellationToken cancellationToken)
    {
        var key = $"roster:{chat.Channel}:{chat.ConversationId}";
        if (cache.TryGetValue(key, out IReadOnlyList<ChatUser>? known) && known is not null)
        {
            return known;
        }

        var members = await chat.ListMembersAsync(cancellationToken).ConfigureAwait(false);
        cache.Set(key, members, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = RosterLifetime, Size = 1 });
        return members;
    }
}
