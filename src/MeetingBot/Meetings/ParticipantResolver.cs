using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Maps chat people to video-backend users, in order: explicit configuration, the person's proven link (signed in,
/// e-mail-verified or set by an admin), their chat e-mail/UPN matched in the directory, and finally the typed name
/// as a login (or an exact display name). Results are cached; a link set on any instance sharing the store replaces
/// the cached answer at once (<see cref="ChatAccountCache{T}"/>).
/// </summary>
public sealed partial class ParticipantResolver : IPersonResolver
{
    private readonly IConferenceUserDirectory _directory;
    private readonly IUserLinkStore _links;
    private readonly IMemoryCache _cache;
    private readonly IOptionsMonitor<MeetingBotOptions> _options;
    private readonly ILogger<ParticipantResolver> _logger;
    private readonly ChatAccountCache<ConferenceUser> _chatUsers;
    private int _directoryDeniedLogged;

    public ParticipantResolver(
        IConferenceUserDirectory directory,
        IUserLinkStore links,
        IUserLinkChanges linkChanges,
        IMemoryCache cache,
        IOptionsMonitor<MeetingBotOptions> options,
        ILogger<ParticipantResolver> logger)
    {
        _directory = directory;
        _links = links;
        _cache = cache;
        _options = options;
        _logger = logger;
        _chatUsers = new ChatAccountCache<ConferenceUser>("person:chat", cache, linkChanges, options);
    }

    public Task<PersonResolution> ResolveSenderAsync(IChatConversation chat, CancellationToken cancellationToken) =>
        ResolveChatUserAsync(chat, chat.Sender.Id, chat.Sender.Name, cancellationToken);

    public Task<PersonResolution> ResolveAsync(PersonReference person, IChatConversation chat, CancellationToken cancellationToken) => person switch
    {
        MentionedPerson mentioned => ResolveChatUserAsync(chat, mentioned.ChatUserId, mentioned.Name, cancellationToken),
        NamedPerson named => ResolveTypedNameAsync(named, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(person)),
    };

    private Task<PersonResolution> ResolveChatUserAsync(IChatConversation chat, string chatUserId, string name, CancellationToken cancellationToken) =>
        _chatUsers.GetAsync(
            chat.Channel,
            chatUserId,
            fromKept: known => (PersonResolution)new ResolvedPerson(name, known),
            read: () => LookUpChatUserAsync(chat, chatUserId, name, cancellationToken),
            kept: resolution => (resolution as ResolvedPerson)?.User);

    private async Task<PersonResolution> LookUpChatUserAsync(IChatConversation chat, string chatUserId, string name, CancellationToken cancellationToken)
    {
        if (Mapped(chatUserId) is { } mappedId)
        {
            return await ByIdAsync(name, mappedId, cancellationToken).ConfigureAwait(false) ?? new UnknownPerson(name);
        }

        // Only a proven link counts: a bare claim (from before proof was required) must not beat the e-mail match.
        if (await _links.FindAsync(chat.Channel, chatUserId, cancellationToken).ConfigureAwait(false) is { IsProven: true } link)
        {
            return await ByIdAsync(name, link.ConferenceUserId, cancellationToken).ConfigureAwait(false) ?? new UnknownPerson(name);
        }

        var email = await chat.FindEmailAsync(chatUserId, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(email))
        {
            if (Mapped(email) is { } mappedByEmail)
            {
                return await ByIdAsync(name, mappedByEmail, cancellationToken).ConfigureAwait(false) ?? new UnknownPerson(name);
            }

            if (await ByEmailAsync(name, email, cancellationToken).ConfigureAwait(false) is { } byEmail)
            {
                LogMatchedByEmail(Telemetry.LogRedaction.MaskEmail(email), byEmail.GetType().Name);
                return byEmail;
            }
        }

        return await ByDisplayNameAsync(name, cancellationToken).ConfigureAwait(false) ?? new UnknownPerson(name);
    }

    private async Task<PersonResolution> ResolveTypedNameAsync(NamedPerson person, CancellationToken cancellationToken)
    {
        var name = person.Name;
        var key = "person:name:" + name.ToLowerInvariant();
        if (_cache.TryGetValue(key, out ConferenceUser? known) && known is not null)
        {
            return new ResolvedPerson(name, known);
        }

        var resolution = await LookUpTypedNameAsync(name, name, cancellationToken).ConfigureAwait(false);

        // A name typed in a case form (с Деном) is found by its base form; the reply still names it as typed.
        foreach (var form in person.BaseForms)
        {
            if (resolution is not UnknownPerson)
            {
                break;
            }

            resolution = await LookUpTypedNameAsync(form, name, cancellationToken).ConfigureAwait(false);
        }

        Remember(key, resolution);
        return resolution;
    }

    /// <param name="name">The form looked up.</param>
    /// <param name="requestedAs">The name as typed, for the reply.</param>
    private async Task<PersonResolution> LookUpTypedNameAsync(string name, string requestedAs, CancellationToken cancellationToken)
    {
        if (Mapped(name) is { } mappedId)
        {
            return await ByIdAsync(requestedAs, mappedId, cancellationToken).ConfigureAwait(false) ?? new UnknownPerson(requestedAs);
        }

        if (name.Contains('@') && await ByEmailAsync(requestedAs, name, cancellationToken).ConfigureAwait(false) is { } byEmail)
        {
            return byEmail;
        }

        if (!name.Contains(' ') && await ByIdAsync(requestedAs, name, cancellationToken).ConfigureAwait(false) is { } byLogin)
        {
            return byLogin;
        }

        return await ByDisplayNameAsync(requestedAs, name, cancellationToken).ConfigureAwait(false) ?? new UnknownPerson(requestedAs);
    }

    private async Task<PersonResolution?> ByIdAsync(string requestedAs, string userId, CancellationToken cancellationToken)
    {
        try
        {
            var user = await _directory.FindByIdAsync(userId, cancellationToken).ConfigureAwait(false);
            return user is null ? null : Judge(requestedAs, user);
        }
        catch (ConferencingException error) when (error.Failure == ConferencingFailure.PermissionDenied)
        {
            // Without the users permission the id cannot be checked; trust it as a login rather than refuse everyone.
            LogDirectoryDenied();
            return new ResolvedPerson(requestedAs, new ConferenceUser(userId, requestedAs, null, true));
        }
    }

    private async Task<PersonResolution?> ByEmailAsync(string requestedAs, string email, CancellationToken cancellationToken) =>
        await SearchAsync(requestedAs, () => _directory.FindByEmailAsync(email, cancellationToken)).ConfigureAwait(false);

    private Task<PersonResolution?> ByDisplayNameAsync(string name, CancellationToken cancellationToken) =>
        ByDisplayNameAsync(name, name, cancellationToken);

    private async Task<PersonResolution?> ByDisplayNameAsync(string requestedAs, string displayName, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(displayName)
            ? null
            : await SearchAsync(requestedAs, () => _directory.FindByDisplayNameAsync(displayName, cancellationToken)).ConfigureAwait(false);

    private async Task<PersonResolution?> SearchAsync(string requestedAs, Func<Task<IReadOnlyList<ConferenceUser>>> search)
    {
        IReadOnlyList<ConferenceUser> matches;
        try
        {
            matches = await search().ConfigureAwait(false);
        }
        catch (ConferencingException error) when (error.Failure == ConferencingFailure.PermissionDenied)
        {
            LogDirectoryDenied();
            return null;
        }

        var active = matches.Where(user => user.IsActive).ToArray();
        return (matches.Count, active.Length) switch
        {
            (0, _) => null,
            (_, 1) => new ResolvedPerson(requestedAs, active[0]),
            (_, 0) => new DisabledPerson(requestedAs, matches[0]),
            _ => new AmbiguousPerson(requestedAs, active),
        };
    }

    private static PersonResolution Judge(string requestedAs, ConferenceUser user) =>
        user.IsActive ? new ResolvedPerson(requestedAs, user) : new DisabledPerson(requestedAs, user);

    private string? Mapped(string key) => _options.CurrentValue.MappedId(key);

    private void Remember(string key, PersonResolution resolution)
    {
        if (resolution is ResolvedPerson resolved)
        {
            _cache.Set(key, resolved.User, new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = _options.CurrentValue.IdentityCacheDuration,
                Size = 1,
            });
        }
    }

    private void LogDirectoryDenied()
    {
        if (Interlocked.Exchange(ref _directoryDeniedLogged, 1) == 0)
        {
            LogUsersPermissionMissing();
        }
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Chat member with e-mail {MaskedEmail} matched in the directory: {Outcome}")]
    private partial void LogMatchedByEmail(string maskedEmail, string outcome);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "TrueConf refused a user lookup (403): the OAuth application lacks the users:read permission. Falling back to treating typed names as TrueConf logins without checking them; e-mail matching is off.")]
    private partial void LogUsersPermissionMissing();
}
