using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// Gives each person of a meeting their own one-time link, privately (on a backend with personal links). Each link is
/// keyed by meeting and person: a redelivered or resumed command finds it sent and mints nothing; a link whose message
/// never went out (the answer was lost) is minted again. People the bot cannot reach privately are named to the one
/// who asked, privately too, with the card's Join as their way in. Each link's message is in its reader's chosen
/// language, else in the meeting's (the platform's locale is known only of the one who asked).
/// </summary>
public sealed partial class PersonalLinkDelivery(
    IEnumerable<IPersonalLinkIssuer> issuers,
    IChatNotifier notifier,
    ReaderLanguages readers,
    IOutboxStore sent,
    ILogger<PersonalLinkDelivery> logger)
{
    private readonly IPersonalLinkIssuer? _issuer = issuers.FirstOrDefault();

    /// <summary>Mints and sends a link to each person (the owner as moderator) a few at a time.</summary>
    /// <param name="invitedBy">The name shown as who invited them.</param>
    public async Task SendAsync(MeetingRecord meeting, IReadOnlyList<ConferenceUser> people, string invitedBy, IChatConversation chat, CancellationToken cancellationToken)
    {
        if (_issuer is null || people.Count == 0)
        {
            return;
        }

        var unreachable = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            people,
            new ParallelOptions { MaxDegreeOfParallelism = AttendeeResolver.LookupsInFlight, CancellationToken = cancellationToken },
            async (person, token) =>
            {
                if (!await SendOneAsync(_issuer, meeting, person, invitedBy, chat, token).ConfigureAwait(false))
                {
                    unreachable.Add(person.DisplayName);
                }
            }).ConfigureAwait(false);

        if (!unreachable.IsEmpty)
        {
            await TellUnreachableAsync(meeting, unreachable.Order(StringComparer.Ordinal).ToArray(), chat, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A fresh link for one person, to show them alone (the card's Join: each click is a new visit, so a new link).</summary>
    public async Task<PersonalLinkReply> MintAsync(MeetingRecord meeting, ChatUser person, bool asModerator, CancellationToken cancellationToken)
    {
        var issuer = _issuer ?? throw new InvalidOperationException("The video backend has no personal links");
        var link = await issuer.IssueAsync(
            new PersonalLinkRequest(meeting.ConferenceId, person.Id, person.Name, asModerator, meeting.RequestKey), cancellationToken).ConfigureAwait(false);
        LogMinted(meeting.ConferenceId, asModerator);
        return new PersonalLinkReply(meeting.Topic, InvitedBy: null, link.Url, link.ExpiresAt);
    }

    /// <summary>False when the person cannot be reached privately.</summary>
    private async Task<bool> SendOneAsync(
        IPersonalLinkIssuer issuer, MeetingRecord meeting, ConferenceUser person, string invitedBy, IChatConversation chat, CancellationToken cancellationToken)
    {
        var key = KeyOf(meeting, person.Id);
        if (await sent.FindDeliveredAsync(key, CancellationToken.None).ConfigureAwait(false) is not null)
        {
            return true;
        }

        var asModerator = string.Equals(person.Id, meeting.OwnerId, StringComparison.OrdinalIgnoreCase);
        var link = await issuer.IssueAsync(
            new PersonalLinkRequest(meeting.ConferenceId, person.Id, person.DisplayName, asModerator, meeting.RequestKey), cancellationToken).ConfigureAwait(false);
        var reply = new PersonalLinkReply(meeting.Topic, asModerator ? null : invitedBy, link.Url, link.ExpiresAt);
        var language = await readers.ChoiceAsync(chat.Channel, person.Id, cancellationToken).ConfigureAwait(false) ?? readers.OfMeeting(meeting);
        using var scope = TextLanguage.Use(language);
        try
        {
            await notifier.SendPrivatelyAsync(PrivateDestination.For(chat, person.Id), reply, key, cancellationToken).ConfigureAwait(false);
            LogSent(meeting.ConferenceId, asModerator);
            return true;
        }
        catch (ChatDeliveryException error)
        {
            LogUnreachable(error, meeting.ConferenceId);
            return false;
        }
    }

    private async Task TellUnreachableAsync(MeetingRecord meeting, IReadOnlyList<string> names, IChatConversation chat, CancellationToken cancellationToken)
    {
        var notice = new NoticeReply(NoticeKind.Problem, BotTexts.LinksNotDelivered(names, meeting.Topic));
        try
        {
            await notifier.SendPrivatelyAsync(
                PrivateDestination.For(chat, chat.Sender.Id), notice, $"{KeyOf(meeting, chat.Sender.Id)}|unreachable|{chat.RequestKey}", cancellationToken).ConfigureAwait(false);
        }
        catch (ChatDeliveryException)
        {
            // The one who asked is out of reach privately too: names are no secret, the conversation may hear them.
            await chat.ReplyAsync(notice, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One person's link to one meeting.</summary>
    private static string KeyOf(MeetingRecord meeting, string personId) => $"link|{meeting.RequestKey}|{personId}";

    [LoggerMessage(EventId = 3401, Level = LogLevel.Information, Message = "Personal link to meeting {ConferenceId} sent privately (moderator: {AsModerator})")]
    private partial void LogSent(string conferenceId, bool asModerator);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Warning, Message = "A personal link to meeting {ConferenceId} could not be sent privately; the person was named to the one who asked")]
    private partial void LogUnreachable(Exception error, string conferenceId);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Information, Message = "Personal link to meeting {ConferenceId} minted for a clicker (moderator: {AsModerator})")]
    private partial void LogMinted(string conferenceId, bool asModerator);
}
