using MeetingBot.Commands;
using MeetingBot.Conferencing;
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
    IMeetingStore meetings,
    TimeProvider clock)
{
    public async Task HandleAsync(StartMeetingCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (attendees.RefuseTooMany(command) is { } tooMany)
        {
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, tooMany), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (sender, invitees) = await attendees.ResolveAsync(command, chat, cancellationToken).ConfigureAwait(false);

        if (sender is not ResolvedPerson owner)
        {
            var text = sender is DisabledPerson disabled ? BotTexts.SenderDisabled(disabled.User.Id) : BotTexts.SenderUnknown;
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, text), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (NotStartedText(command.Invitees, invitees) is { } notStarted)
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
            new NewConference(chat.RequestKey, topic, owner.User.Id, guests.Select(user => user.Id).ToArray()),
            mayExist: chat.Attempt > 1, cancellationToken).ConfigureAwait(false);

        var startedAt = clock.GetUtcNow();
        var record = new MeetingRecord(
            conference.Id, BotTexts.BackendName, conference.Topic, owner.User.Id, guests.Select(user => user.Id).ToArray(),
            conference.JoinUrl, conference.PageUrl, chat.Channel, chat.ConversationId, chat.Sender.Id, chat.RequestKey, startedAt,
            ServiceAddress: chat.ServiceAddress);

        var summary = new MeetingSummary(
            conference.Topic.Length > 0 ? conference.Topic : topic,
            ToSummary(owner.User),
            guests.Select(ToSummary).ToArray(),
            conference.Id,
            conference.State == ConferenceState.Running,
            conference.JoinUrl,
            conference.PageUrl,
            BotTexts.BackendName,
            startedAt,
            wasLate ? BotTexts.StartedLate : null);
        string? cardMessageId;
        try
        {
            cardMessageId = await chat.ReplyAsync(new MeetingStartedReply(summary), cancellationToken).ConfigureAwait(false);
        }
        catch (ChatDeliveryException)
        {
            // The conference runs even though the chat refused the card: remember it all the same.
            await meetings.TryAddAsync(record, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        // Stored after the reply, in one write, with the card's message id so later work can update it in place.
        await meetings.TryAddAsync(record with { CardMessageId = cardMessageId }, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The reply naming everybody who cannot join, or null when everybody was found.</summary>
    private static string? NotStartedText(IReadOnlyList<PersonReference> asked, IReadOnlyList<PersonResolution> found)
    {
        var problems = asked.Zip(found).Where(pair => pair.Second is not ResolvedPerson).ToArray();
        if (problems.Length == 0)
        {
            return null;
        }

        var notFound = problems.Where(pair => pair.Second is not DisabledPerson).Select(pair => pair.First).ToArray();
        return BotTexts.NotStarted(
            problems.Select(pair => Describe(pair.Second)),
            typedNotFound: notFound.Any(person => person is NamedPerson),
            mentionedNotFound: notFound.Any(person => person is MentionedPerson));
    }

    private static PersonSummary ToSummary(ConferenceUser user) => new(user.DisplayName, user.Id);

    private static string Describe(PersonResolution person) => person switch
    {
        DisabledPerson disabled => BotTexts.PersonDisabled(disabled.RequestedAs, disabled.User.Id),
        AmbiguousPerson ambiguous => BotTexts.PersonAmbiguous(ambiguous.RequestedAs, ambiguous.Candidates.Select(user => user.Id)),
        _ => BotTexts.PersonUnknown(person.RequestedAs),
    };
}
