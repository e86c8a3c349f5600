using MeetingBot.AdaptiveCards;
using MeetingBot.Conferencing;
using MeetingBot.Meetings;

namespace MeetingBot.Teams;

/// <summary>The cards that list things: who is in a meeting, and the sender's meetings.</summary>
internal static class MeetingListCards
{
    public static AdaptiveCard Participants(ParticipantsReply reply)
    {
        var inCall = reply.Participants.Count(person => person.State == ParticipantState.InCall);
        var body = new List<CardElement>
        {
            new TextBlock(BotTexts.Card.WhoIsInCount(inCall)) { Size = TextSize.Small, IsSubtle = true },
            new TextBlock(reply.Topic) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.None },
        };
        body.AddRange(ParticipantLines(reply.Participants));
        return new AdaptiveCard
        {
            Body = body,
            FallbackText = $"{reply.Topic}: " + string.Join("; ", reply.Participants.Select(person => $"{person.DisplayName} ({StateText(person)})")),
        };
    }

    /// <summary>One line per person, in the call first; times in the reader's own time zone (Adaptive Card TIME()).</summary>
    public static IEnumerable<CardElement> ParticipantLines(IReadOnlyList<ConferenceParticipant> participants) =>
        participants
            .OrderBy(person => person.State)
            .ThenBy(person => person.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(person => new TextBlock($"**{person.DisplayName}** · {StateText(person)}") { Spacing = Spacing.Small });

    public static AdaptiveCard Meetings(MeetingListReply reply)
    {
        var body = new List<CardElement>
        {
            new TextBlock(BotTexts.Card.YourMeetings(reply.BackendName)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
        };
        foreach (var meeting in reply.Meetings)
        {
            body.Add(new ColumnSet(
            [
                new Column(
                [
                    new TextBlock(meeting.Topic) { Weight = TextWeight.Bolder },
                    new TextBlock(When(meeting)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                ]) { Width = "stretch", VerticalContentAlignment = VerticalAlignment.Center },
                new Column([new ActionSet([JoinAction(meeting)])]) { Width = "auto", VerticalContentAlignment = VerticalAlignment.Center },
            ]) { Separator = true });
        }

        if (reply.More > 0)
        {
            body.Add(new TextBlock(BotTexts.Card.AndMore(reply.More)) { IsSubtle = true, Size = TextSize.Small });
        }

        return new AdaptiveCard
        {
            Body = body,
            FallbackText = string.Join("; ", reply.Meetings.Select(meeting => meeting.PersonalJoinRef is null ? $"{meeting.Topic}: {meeting.JoinUrl}" : meeting.Topic)),
        };
    }

    /// <summary>Join opens the meeting, or asks for a link minted for the clicker where links are personal.</summary>
    private static CardAction JoinAction(MeetingListItem meeting) => meeting.PersonalJoinRef is { } meetingRef
        ? new ExecuteAction(BotTexts.Card.Join, MeetingCardVerbs.Join)
        {
            Data = new Dictionary<string, string> { [MeetingCardVerbs.MeetingKey] = meetingRef },
            AssociatedInputs = AssociatedInputs.None,
        }
        : new OpenUrlAction(BotTexts.Card.Join, meeting.JoinUrl);

    private static string When(MeetingListItem meeting) =>
        meeting.IsRunning
            ? $"{BotTexts.Card.Running} · {BotTexts.Card.ShortId(meeting.ConferenceId)}"
            : meeting.StartsAt is { } start ? $"{CardTime.DateAndTime(start)} · {BotTexts.Card.ShortId(meeting.ConferenceId)}" : BotTexts.Card.ShortId(meeting.ConferenceId);

    private static string StateText(ConferenceParticipant person) => person.State switch
    {
        ParticipantState.InCall when person.JoinedAt is { } joined => BotTexts.Card.InCallSince(CardTime.Time(joined)),
        ParticipantState.InCall => BotTexts.Card.InCall,
        ParticipantState.BeingCalled => BotTexts.Card.BeingCalled,
        _ => BotTexts.Card.InvitedNotJoined,
    };
}
