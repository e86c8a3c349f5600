using MeetingBot.Conferencing;
using MeetingBot.Meetings;

namespace MeetingBot.Slack.Blocks;

/// <summary>Who is in a meeting, one line per person: in the call first (since when), then being called, then invited.</summary>
internal static class SlackParticipantLines
{
    public static IReadOnlyList<SectionBlock> Sections(IReadOnlyList<ConferenceParticipant> participants, int maxSections) =>
        SlackBlockKit.Lines(
            participants
                .OrderBy(person => person.State)
                .ThenBy(person => person.DisplayName, StringComparer.CurrentCultureIgnoreCase)
                .Select(person => $"{Mrkdwn.Bold(person.DisplayName)} · {StateText(person)}")
                .ToArray(),
            maxSections,
            BotTexts.Card.AndMore);

    public static string StateText(ConferenceParticipant person) => person.State switch
    {
        ParticipantState.InCall when person.JoinedAt is { } joined => BotTexts.Card.InCallSince(Mrkdwn.Time(joined)),
        ParticipantState.InCall => BotTexts.Card.InCall,
        ParticipantState.BeingCalled => BotTexts.Card.BeingCalled,
        _ => BotTexts.Card.InvitedNotJoined,
    };
}
