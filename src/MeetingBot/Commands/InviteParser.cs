namespace MeetingBot.Commands;

/// <summary>
/// <c>invite dean and helen [to the meeting | to meeting 4219111751]</c>, <c>add @Dean Brown</c>,
/// <c>invite everyone here</c>: a verb, then a list of people (read like a start command's list) or the phrase
/// for every member of the conversation.
/// </summary>
internal static class InviteParser
{
    public static BotCommand? TryParse(CommandTokens body, CommandVocabulary vocabulary, CommandWords words)
    {
        var verb = words.Verbs.MatchAt(body, 0);
        if (verb == 0 || verb == body.Length)
        {
            return null;
        }

        return ReadPeople(body.Slice(verb, body.Length - verb), vocabulary);
    }

    /// <summary>What follows the verb: the people (or everyone here), and the meeting they are invited to.</summary>
    public static InviteCommand? ReadPeople(CommandTokens tokens, CommandVocabulary vocabulary)
    {
        var rest = tokens.Trim(vocabulary.NowPhrases, vocabulary.StartNoise);
        var target = MeetingTarget.Find(rest, vocabulary);
        var people = rest.Slice(0, target.Start);
        if (people.IsEmpty)
        {
            return null;
        }

        if (vocabulary.EveryonePhrases.MatchesAll(people))
        {
            return new InviteCommand([], EveryoneHere: true, target.MeetingId);
        }

        if (PersonListParser.FindEnd(people, 0, vocabulary) != people.Length)
        {
            return null;
        }

        List<PersonReference>? invitees = null;
        PersonListParser.AddPeople(people, vocabulary, ref invitees);
        return invitees is { Count: > 0 } ? new InviteCommand(invitees, EveryoneHere: false, target.MeetingId) : null;
    }
}
