namespace MeetingBot.Meetings;

/// <summary>Settings of the <c>MeetingBot</c> configuration section.</summary>
public sealed class MeetingBotOptions
{
    public const string SectionName = "MeetingBot";

    /// <summary>
    /// Explicit chat-user → video-backend-id mappings, checked first. <see cref="UserMapping.Chat"/> may be a chat user
    /// id (<c>29:…</c>), an e-mail/UPN, or a name people type; matching ignores case. A list rather than a
    /// dictionary because chat user ids contain ':', the configuration key separator.
    /// </summary>
    public List<UserMapping> UserMappings { get; set; } = [];

    private Dictionary<string, string>? _mappingIndex;

    /// <summary>The video-backend id mapped to <paramref name="chatIdentity"/>, if any.</summary>
    public string? MappedId(string chatIdentity)
    {
        _mappingIndex ??= UserMappings
            .Where(mapping => !string.IsNullOrWhiteSpace(mapping.Chat) && !string.IsNullOrWhiteSpace(mapping.TrueConf))
            .GroupBy(mapping => mapping.Chat.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Last().TrueConf.Trim(), StringComparer.OrdinalIgnoreCase);
        return _mappingIndex.TryGetValue(chatIdentity, out var id) ? id : null;
    }

    /// <summary>
    /// People who may link other people's accounts (<c>link @Alex to alex</c>): chat user ids or e-mails/UPNs,
    /// matched ignoring case.
    /// </summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>Whether the chat account with this id, or this e-mail/UPN, is one of <see cref="Admins"/>.</summary>
    public bool IsAdmin(string chatUserId, string? email) =>
        Admins.Any(admin => string.Equals(admin.Trim(), chatUserId, StringComparison.OrdinalIgnoreCase) ||
                            (!string.IsNullOrWhiteSpace(email) && string.Equals(admin.Trim(), email, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The bot's public base address (e.g. <c>https://meetingbot.contoso.com</c>): sign-in links and the sign-in
    /// callback are built on it. Required only when sign-in to the video backend is on.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Longest time one command may take before the user is told the video server is too slow.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>A typing indicator is shown when a command takes longer than this.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(700);

    /// <summary>How long a resolved person (chat account or typed name → video-backend user) is remembered.</summary>
    public TimeSpan IdentityCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Most people one command may invite; a longer list is refused before the video server is asked.</summary>
    public int MaxInvitees { get; set; } = 50;

    /// <summary>How long a handled message id is remembered to ignore redeliveries.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Messages accepted but not yet handled. Kept small on purpose: when it is full the endpoint waits (up to
    /// <see cref="EnqueuePatience"/>) instead of piling up work whose replies would all arrive late.
    /// </summary>
    public int WorkQueueCapacity { get; set; } = 8;

    /// <summary>How long the endpoint waits for room in a full queue before answering 503 (Teams waits 15 s).</summary>
    public TimeSpan EnqueuePatience { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a reply or card update the chat platform did not take (5xx, 429, timeout, no connection) is retried,
    /// counted from when it was written.
    /// </summary>
    public TimeSpan ReplyRetryWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a card action may take before its click is answered "still working"; the action then finishes and
    /// its result reaches the chat as a card update or a message.
    /// </summary>
    public TimeSpan InvokeBudget { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// How often the bot looks at the backend for meetings it believes running, while something changes; it backs off
    /// to <see cref="WatchIntervalMax"/> while nothing does. A meeting ended outside the chat is seen within that.
    /// </summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest pause between two looks while nothing changes (keeps cards true within a minute).</summary>
    public TimeSpan WatchIntervalMax { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>
    /// Meetings whose participants one look reads (those checked longest ago first): keeps counts current and finds
    /// forgotten meetings without one call per meeting per look.
    /// </summary>
    public int WatchParticipantReads { get; set; } = 8;

    /// <summary>A meeting running this long with nobody or only its owner in it gets one reminder to its owner.</summary>
    public TimeSpan ForgottenAfter { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>Optional allow-lists: when set, only these tenants / teams / channels (conversations) may use the bot.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <inheritdoc cref="AllowedTenants"/>
    public List<string> AllowedTeams { get; set; } = [];

    /// <inheritdoc cref="AllowedTenants"/>
    public List<string> AllowedChannels { get; set; } = [];

    /// <summary>
    /// Commands handled at the same time. A command mostly waits (for the video server, the chat platform, the store),
    /// so this is a limit on waiting, not on cores: at 16 two cores stood partly idle while commands queued behind the
    /// workers (bench: 2500 commands/s at 0.55 ms CPU each); at 64 they stay busy and group commits and connections
    /// are shared better (3500–4000/s at 0.39–0.45 ms). It is also how many calls the bot makes to a backend at once.
    /// </summary>
    public int Workers { get; set; } = 64;

    /// <summary>
    /// The language (<c>en</c>, <c>ru</c>) of readers whose chat platform tells none the bot speaks, and who chose none.
    /// </summary>
    public string DefaultLanguage { get; set; } = "en";
}

/// <summary>One explicit mapping: a chat identity (user id, e-mail/UPN or typed name) to a video-backend user id (the configuration key keeps its first backend's name).</summary>
public sealed class UserMapping
{
    public string Chat { get; set; } = string.Empty;
    public string TrueConf { get; set; } = string.Empty;
}
