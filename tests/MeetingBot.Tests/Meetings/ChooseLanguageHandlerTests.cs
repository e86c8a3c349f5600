using MeetingBot.Commands;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Tests.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace MeetingBot.Tests.Meetings;

/// <summary>
/// <c>language ru</c>: the choice is stored for the sender (who needs no linked account), answered in the new language
/// and seen at once by the next command; <c>language</c> alone names the languages and the sender's own.
/// </summary>
public sealed class ChooseLanguageHandlerTests : IAsyncDisposable
{
    private readonly ServiceProvider _store = StorageServices.Build(StorageServices.NewPath());
    private readonly ReaderLanguages _readers;
    private readonly ChooseLanguageHandler _handler;

    public ChooseLanguageHandlerTests()
    {
        _readers = new ReaderLanguages(
            new Languages(Language.English),
            _store.GetRequiredService<IUserLanguageStore>(),
            _store.GetRequiredService<IUserLinkChanges>(),
            new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 }),
            Mock.Of<IOptionsMonitor<MeetingBotOptions>>(options => options.CurrentValue == new MeetingBotOptions()),
            NullLogger<ReaderLanguages>.Instance);
        _handler = new ChooseLanguageHandler(_readers);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("русский")]
    [InlineData("Russian")]
    [InlineData("ru-RU")]
    public async Task A_choice_is_stored_answered_in_the_new_language_and_seen_by_the_next_command(string typed)
    {
        var chat = new RecordingChat(locale: "en-US");
        Assert.Equal("en", (await _readers.OfSenderAsync(chat, CancellationToken.None)).Code); // cached as "no choice"

        await _handler.HandleAsync(new ChooseLanguageCommand(typed), chat, CancellationToken.None);

        Assert.Equal("ru", await _store.GetRequiredService<IUserLanguageStore>().FindLanguageAsync("msteams", chat.Sender.Id, CancellationToken.None));
        Assert.Null(await _store.GetRequiredService<IUserLinkStore>().FindAsync("msteams", chat.Sender.Id, CancellationToken.None));
        var (reply, language) = Assert.Single(chat.Replies);
        Assert.Equal(("ru", "Готово: теперь я пишу вам по-русски.", true), (language, ((NoticeReply)reply).Text, ((NoticeReply)reply).ForSenderOnly));
        Assert.Equal("ru", (await _readers.OfSenderAsync(chat, CancellationToken.None)).Code);
    }

    [Fact]
    public async Task Switching_back_to_english_beats_a_russian_locale()
    {
        var chat = new RecordingChat(locale: "ru-RU");
        await _handler.HandleAsync(new ChooseLanguageCommand("ru"), chat, CancellationToken.None);

        await _handler.HandleAsync(new ChooseLanguageCommand("english"), chat, CancellationToken.None);

        Assert.Equal("Done: I'll write to you in English from now on.", ((NoticeReply)chat.Replies[^1].Reply).Text);
        Assert.Equal("en", (await _readers.OfSenderAsync(chat, CancellationToken.None)).Code);
    }

    [Fact]
    public async Task Language_alone_names_the_languages_and_the_readers_own()
    {
        var chat = new RecordingChat(locale: "ru-RU");

        using (TextLanguage.Use(await _readers.OfSenderAsync(chat, CancellationToken.None)))
        {
            await _handler.HandleAsync(new ChooseLanguageCommand(null), chat, CancellationToken.None);
        }

        Assert.Equal(
            "Я пишу вам по-русски. Доступные языки: English (`язык en`), Русский (`язык ru`).",
            ((NoticeReply)Assert.Single(chat.Replies).Reply).Text);
        Assert.Null(await _store.GetRequiredService<IUserLanguageStore>().FindLanguageAsync("msteams", chat.Sender.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_language_the_bot_does_not_speak_is_refused_and_nothing_is_stored()
    {
        var chat = new RecordingChat(locale: null);

        await _handler.HandleAsync(new ChooseLanguageCommand("klingon"), chat, CancellationToken.None);

        var reply = (NoticeReply)Assert.Single(chat.Replies).Reply;
        Assert.Equal((NoticeKind.Problem, "I don't speak \"klingon\". Languages I speak: English (`language en`), Русский (`language ru`)."), (reply.Kind, reply.Text));
        Assert.Null(await _store.GetRequiredService<IUserLanguageStore>().FindLanguageAsync("msteams", chat.Sender.Id, CancellationToken.None));
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    /// <summary>A Teams sender with no linked account; each reply kept with the language it was written in.</summary>
    private sealed class RecordingChat(string? locale) : IChatConversation
    {
        public List<(BotReply Reply, string Language)> Replies { get; } = [];
        public string Channel => "msteams";
        public string ConversationId => "19:c";
        public ChatUser Sender { get; } = new("29:newcomer", "New Comer");
        public string? SenderLocale => locale;
        public string? SenderTimeZone => null;
        public string ServiceAddress => "https://smba.example/";
        public ChatPlace Place { get; } = new("tenant-1", null, null);
        public string? ThreadId => null;
        public string RequestKey => "msteams|19:c|1";
        public int Attempt => 1;

        public Task<string?> ReplyAsync(BotReply reply, CancellationToken cancellationToken)
        {
            Replies.Add((reply, TextLanguage.Current.Code));
            return Task.FromResult<string?>(null);
        }

        public Task ShowTypingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<IReadOnlyList<ChatUser>> ListMembersAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ChatUser>>([Sender]);
        public Task<string?> FindEmailAsync(string chatUserId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }
}
