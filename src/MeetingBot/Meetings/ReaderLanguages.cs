using MeetingBot.Localization;
using MeetingBot.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Which language each reader gets: the one they chose (<c>language ru</c>), else their chat platform's locale, else
/// <see cref="Languages.Default"/>; and a meeting's own language for what is written about it with no reader at hand.
/// Choices are cached like identities (nearly every command would otherwise cost a store read), and a choice made on
/// any instance sharing the store replaces the cached one at once (the store tells of it).
/// </summary>
public sealed partial class ReaderLanguages
{
    // Cached for an account that never chose: most never do, and they must not cost a read per command either.
    private const string NoChoice = "";

    private readonly Languages _languages;
    private readonly IUserLanguageStore _store;
    private readonly ChatAccountCache<string> _choices;
    private readonly ILogger<ReaderLanguages> _logger;

    public ReaderLanguages(
        Languages languages,
        IUserLanguageStore store,
        IUserLinkChanges changes,
        IMemoryCache cache,
        IOptionsMonitor<MeetingBotOptions> options,
        ILogger<ReaderLanguages> logger)
    {
        _languages = languages;
        _store = store;
        _choices = new ChatAccountCache<string>("language", cache, changes, options);
        _logger = logger;
    }

    public Languages Languages => _languages;

    /// <summary>The language of the sender of a command or click.</summary>
    public Task<Language> OfSenderAsync(IChatConversation chat, CancellationToken cancellationToken) =>
        OfAsync(chat.Channel, chat.Sender.Id, chat.SenderLocale, cancellationToken);

    /// <summary>
    /// The language of a chat account: its choice, else <paramref name="locale"/>, else the default. When the store
    /// cannot be read the locale decides: the words of a reply are no reason to fail it.
    /// </summary>
    public async Task<Language> OfAsync(string channel, string chatUserId, string? locale, CancellationToken cancellationToken)
    {
        string? chosen = null;
        try
        {
            chosen = await ChosenAsync(channel, chatUserId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogChoiceUnread(error);
        }

        return _languages.For(chosen, locale);
    }

    /// <summary>The language a meeting is written about in: its starter's, or the default for meetings stored without one.</summary>
    public Language OfMeeting(MeetingRecord meeting) => _languages.For(meeting.Language);

    /// <summary>The language the account chose, if it chose one the bot still speaks.</summary>
    public async Task<Language?> ChoiceAsync(string channel, string chatUserId, CancellationToken cancellationToken) =>
        _languages.Match(await ChosenAsync(channel, chatUserId, cancellationToken).ConfigureAwait(false));

    /// <summary>Stores the account's choice.</summary>
    public Task ChooseAsync(string channel, string chatUserId, Language language, CancellationToken cancellationToken) =>
        _store.SetLanguageAsync(channel, chatUserId, language.Code, cancellationToken);

    private Task<string?> ChosenAsync(string channel, string chatUserId, CancellationToken cancellationToken) =>
        _choices.GetAsync(
            channel,
            chatUserId,
            fromKept: known => known.Length == 0 ? null : known,
            read: () => _store.FindLanguageAsync(channel, chatUserId, cancellationToken),
            kept: chosen => chosen ?? NoChoice);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Warning, Message = "Could not read the sender's chosen language; writing in the language of their locale")]
    private partial void LogChoiceUnread(Exception error);
}
