using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Decides and records which video-backend user a chat account is. A link is stored only with its proof: a
/// sign-in, an e-mail match, or an admin's word.
/// </summary>
public sealed partial class AccountLinks(
    IUserLinkStore links,
    IChatNotifier notifier,
    IConferenceService backend,
    ReaderLanguages readers,
    IOptionsMonitor<MeetingBotOptions> options,
    ILogger<AccountLinks> logger)
{
    /// <summary>How the sender of <paramref name="chat"/> proves they are <paramref name="user"/>, or null when nothing does.</summary>
    public async Task<LinkProvenance?> ProofForSenderAsync(IChatConversation chat, ConferenceUser user, CancellationToken cancellationToken)
    {
        var email = await chat.FindEmailAsync(chat.Sender.Id, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(email) && string.Equals(email.Trim(), user.Email?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return LinkProvenance.EmailVerified;
        }

        return options.CurrentValue.IsAdmin(chat.Sender.Id, email) ? LinkProvenance.Admin : null;
    }

    /// <summary>Whether the sender of <paramref name="chat"/> is a configured admin.</summary>
    public async Task<bool> IsAdminAsync(IChatConversation chat, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (settings.Admins.Count == 0)
        {
            return false;
        }

        if (settings.IsAdmin(chat.Sender.Id, null))
        {
            return true;
        }

        var email = await chat.FindEmailAsync(chat.Sender.Id, cancellationToken).ConfigureAwait(false);
        return settings.IsAdmin(chat.Sender.Id, email);
    }

    public async Task LinkAsync(string channel, string chatUserId, ConferenceUser user, LinkProvenance provenance, CancellationToken cancellationToken)
    {
        await links.SetAsync(channel, chatUserId, new UserLink(user.Id, provenance), cancellationToken).ConfigureAwait(false);
        // A login may be written like an e-mail address (helen@video.contoso.com): never log it whole.
        LogLinked(provenance, user.Id.Contains('@') ? Telemetry.LogRedaction.MaskEmail(user.Id) : user.Id);
    }

    /// <summary>Records a finished sign-in and tells the conversation it came from.</summary>
    public async Task CompleteSignInAsync(ChatDestination destination, string chatUserId, ConferenceUser user, CancellationToken cancellationToken)
    {
        await LinkAsync(destination.Channel, chatUserId, user, LinkProvenance.SignedIn, cancellationToken).ConfigureAwait(false);
        // The platform's locale came with the command, long gone: the person's chosen language, else the default.
        using var language = TextLanguage.Use(await readers.OfAsync(destination.Channel, chatUserId, locale: null, cancellationToken).ConfigureAwait(false));
        var confirmation = new NoticeReply(NoticeKind.Success, BotTexts.SignedIn(backend.Capabilities.DisplayName, user.Id, user.DisplayName));
        // A sign-in state is used once, so each completed sign-in is its own message.
        await notifier.SendAsync(destination, confirmation, $"signed-in:{Guid.NewGuid():N}", cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Chat account linked to video user {UserId} ({Provenance})")]
    private partial void LogLinked(LinkProvenance provenance, string userId);
}
