using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// <c>start meeting …</c>: checks every person against the directory first (a real server may silently keep an
/// unknown invitee as a custom invitation), then creates and runs the conference, remembers it, and answers
/// with the meeting.
/// </summary>
public sealed class StartMeetingHandler(
    AttendeeResolver attendees,
    ConferenceStarter starter,
    IConferenceService backend,
    IMeetingStore meetings,
    MeetingCards cards,
    PersonalLinkDelivery links,
    TimeProvider clock) : ICommandHandler<StartMeetingCommand>
{
    private string BackendName => backend.Capabilities.DisplayName;

    public async Task HandleAsync(StartMeetingCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (command.AllowGuests && !backend.Capabilities.Guests)
        {
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, BotTexts.NoGuestLinks(BackendName)), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (attendees.RefuseTooMany(command.Invitees) is { } tooMany)
        {
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, tooMany), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (sender, invitees) = await attendees.ResolveAsync(command.Invitees, chat, cancellationToken).ConfigureAwait(false);

        if (sender is not ResolvedPerson owner)
        {
            var text = sender is DisabledPerson disabled ? BotTexts.SenderDisabled(BackendName, disabled.User.Id) : BotTexts.SenderUnknown(BackendName);
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, text), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (AttendeeResolver.ProblemsText(BotTexts.StartTheMeeting, BackendName, command.Invitees, invitees) is { } notStarted)
        {
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, notStarted), cancellationToken).ConfigureAwait(false);
            return;
        }

        var guests = invitees.Cast<ResolvedPerson>()
            .Select(person => person.User)
            .Where(user => !string.Equals(user.Id, owner.User.Id, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(user => user.Id, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var topic = string.IsNullOrWhiteSpace(command.Topic) ? BotTexts.DefaultTopic(chat.Sender.Name) : command.Topic.Trim();

        var (conference, wasLate) = await starter.StartAsync(
            new NewConference(chat.RequestKey, topic, owner.User.Id, guests.Select(user => user.Id).ToArray(), command.Layout, command.AllowGuests),
            mayExist: chat.Attempt > 1, cancellationToken).ConfigureAwait(false);

        var record = new MeetingRecord(
            conference.Id, BackendName, conference.Topic.Length > 0 ? conference.Topic : topic, owner.User.Id,
            guests.Select(user => user.Id).ToArray(), conference.JoinUrl, conference.PageUrl, chat.Channel, chat.ConversationId,
            chat.Sender.Id, chat.RequestKey, clock.GetUtcNow(), ServiceAddress: chat.ServiceAddress, TenantId: chat.Place.TenantId,
            ReplyToId: chat.ThreadId, GuestUrl: conference.GuestUrl,
            OwnerName: owner.User.DisplayName, InviteeNames: guests.Select(user => user.DisplayName).ToArray(),
            Language: TextLanguage.Current.Code);
        var view = cards.ViewOf(record) with { Note = wasLate ? BotTexts.StartedLate(BackendName) : null };
        string? cardMessageId;
        try
        {
            cardMessageId = await chat.ReplyAsync(new MeetingCardReply(view), cancellationToken).ConfigureAwait(false);
        }
        catch (ChatDeliveryException)
        {
            // The conference runs even though the chat refused the card: remember it all the same.
            await meetings.TryAddAsync(record, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        // Stored after the reply, in one write, with the card's message id so later work can update it in place.
        await meetings.TryAddAsync(record with { CardMessageId = cardMessageId }, CancellationToken.None).ConfigureAwait(false);

        if (backend.Capabilities.PersonalLinks)
        {
            // The card admits nobody by itself: everyone, the owner first, gets a link of their own, privately.
            await links.SendAsync(record, [owner.User, .. guests], chat.Sender.Name, chat, cancellationToken).ConfigureAwait(false);
        }
    }
}
