using MeetingBot.AdaptiveCards;
using MeetingBot.Conferencing;
using MeetingBot.Localization;
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
            FallbackText = $"{reply.Topic}: " + ParticipantsFallback(reply.Participants),
        };
    }

    /// <summary>One line per person, in the call first; times in the reader's own time zone (Adaptive Card TIME()).</summary>
    public static IEnumerable<CardElement> ParticipantLines(IReadOnlyList<ConferenceParticipant> participants) =>
        participants
            .OrderBy(person => person.State)
            .ThenBy(person => person.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(person => new TextBlock($"**{person.DisplayName}** · {StateText(person, CardTime.Time)}") { Spacing = Spacing.Small });

    /// <summary>Each person and their state as plain text; written by the bot, not drawn by the client, so its times are in the reader's zone.</summary>
    public static string ParticipantsFallback(IReadOnlyList<ConferenceParticipant> participants) =>
        string.Join("; ", participants.Select(person => $"{person.DisplayName} ({StateText(person, TextTime.Time)})"));

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
            FallbackText = string.Join("; ", reply.Meetings.Select(FallbackLine)),
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

    /// <summary>A meeting as the fallback text lists it: its topic, when it starts (in the asker's zone) and its address.</summary>
    private static string FallbackLine(MeetingListItem meeting)
    {
        var topic = meeting.StartsAt is { } start && !meeting.IsRunning ? $"{meeting.Topic} ({TextTime.DateAndTime(start)})" : meeting.Topic;
        return meeting.PersonalJoinRef is null ? $"{topic}: {meeting.JoinUrl}" : topic;
    }

    /// <param name="time">How the time is written: for the client to draw (a card) or written out (fallback text).</param>
    private static string StateText(ConferenceParticipant person, Func<DateTimeOffset, string> time) => person.State switch
    {
        ParticipantState.InCall when person.JoinedAt is { } joined => BotTexts.Card.InCallSince(time(joined)),
        ParticipantState.InCall => BotTexts.Card.InCall,
        ParticipantState.BeingCalled => BotTexts.Card.BeingCalled,
        _ => BotTexts.Card.InvitedNotJoined,
    };
}
