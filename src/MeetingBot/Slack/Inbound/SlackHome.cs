using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Meetings;
using MeetingBot.Slack.Api;
using MeetingBot.Slack.Blocks;

namespace MeetingBot.Slack.Inbound;

/// <summary>
/// The app's Home tab: the user's running and upcoming meetings — the same answer as <c>list</c> — and a short how-to,
/// published (<c>views.publish</c>) each time the user opens it.
/// </summary>
internal sealed class SlackHome(CommandDispatcher commands, IConferenceService backend, SlackWebApiClient api, SlackPeople people, ReaderLanguages readers)
{
    public async Task PublishAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        var sender = await people.FindSenderAsync(userId, cancellationToken).ConfigureAwait(false);
        var origin = new SlackRequestOrigin(SlackRequestKind.Message, teamId, userId, userId, "home", IsBotDirectMessage: true);
        var listing = new Listing(origin, sender, api);
        // The tab is drawn here, after the dispatcher's work: in the user's language and zone too.
        using var language = TextLanguage.Use(await readers.OfSenderAsync(listing, cancellationToken).ConfigureAwait(false));
        using var zone = TextTimeZone.Use(TextTimeZone.Find(sender.TimeZone));
        await commands.HandleAsync(new Commands.ListMeetingsCommand(), listing, cancellationToken).ConfigureAwait(false);

        var help = HelpHandler.For(backend.Capabilities, intro: null);
        var meetings = listing.Answer as MeetingListReply ?? new MeetingListReply(backend.Capabilities.DisplayName, [], 0);
        var blocks = listing.Answer is NoticeReply notice
            ? [.. SlackReplyRenderer.Render(notice).Blocks, .. SlackHomeTab.For(meetings, help)]
            : SlackHomeTab.For(meetings, help);
        await api.CallAsync("views.publish", SlackMessageBodies.HomeView(userId, blocks), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The user's view for the list command: its answer is kept for the tab instead of being posted.</summary>
    private sealed class Listing(SlackRequestOrigin origin, SlackSender sender, SlackWebApiClient api) : IChatConversation
    {
        public BotReply? Answer { get; private set; }

        public string Channel => SlackConversation.ChannelName;

        public string ConversationId => origin.ChannelId;

        public ChatUser Sender => sender.User;

        public string? SenderLocale => sender.Locale;

        public string? SenderTimeZone => sender.TimeZone;

        public string ServiceAddress => origin.TeamId;

        public ChatPlace Place => new(origin.TeamId, null, null);

        public string? ThreadId => null;

        public string RequestKey => $"{SlackConversation.ChannelName}|home|{origin.UserId}";

        public int Attempt => 1;

        public Task<string?> ReplyAsync(BotReply reply, CancellationToken cancellationToken)
        {
            Answer = reply;
            return Task.FromResult<string?>(null);
        }

        public Task ShowTypingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<ChatUser>> ListMembersAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ChatUser>>([sender.User]);

        public async Task<string?> FindEmailAsync(string chatUserId, CancellationToken cancellationToken) =>
            (await api.GetUserAsync(chatUserId, cancellationToken).ConfigureAwait(false))?.Email;
    }
}
