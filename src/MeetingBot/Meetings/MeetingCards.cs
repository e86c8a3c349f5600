using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// Keeps a meeting's one card true: redraws it from what is stored and replaces the posted card in place. The update
/// key is the card's content, so the same state drawn twice goes out once. The card is everybody's: it is written in the
/// meeting's language (its starter's), whoever's click or command updates it.
/// </summary>
public sealed class MeetingCards(
    IChatNotifier notifier, IConferenceService backend, ReaderLanguages readers, Microsoft.Extensions.Options.IOptionsMonitor<MeetingBotOptions> options)
{
    public MeetingView ViewOf(MeetingRecord meeting) =>
        MeetingViews.Of(meeting, backend.Capabilities, pageServed: !string.IsNullOrWhiteSpace(options.CurrentValue.PublicUrl));

    /// <summary>Replaces the meeting's posted card with its current state; does nothing when it has no card.</summary>
    public async Task UpdateAsync(MeetingRecord meeting, CancellationToken cancellationToken)
    {
        if (meeting.CardMessageId is not { Length: > 0 } messageId || meeting.ServiceAddress.Length == 0)
        {
            return;
        }

        using var language = TextLanguage.Use(readers.OfMeeting(meeting));
        using var zone = TextTimeZone.Use(TimeZoneInfo.Utc);
        var view = ViewOf(meeting);
        // A running meeting's count can come back to a value drawn before (1 → 2 → 1): the time it was read tells the
        // two apart, while a repeat of the same change (a resumed command, a redelivered event) keeps its key.
        var countReadAt = view.IsRunning ? meeting.CheckedAt?.UtcTicks : null;
        var updateKey = string.Join('|', meeting.RequestKey, "card", view.Phase, view.ParticipantCount, countReadAt, string.Join(',', meeting.InviteeIds));
        await notifier.UpdateAsync(DestinationOf(meeting), messageId, new MeetingCardReply(view), updateKey, cancellationToken).ConfigureAwait(false);
    }

    public static ChatDestination DestinationOf(MeetingRecord meeting) =>
        new(meeting.Channel, meeting.ConversationId, meeting.ServiceAddress, meeting.ReplyToId);
}
