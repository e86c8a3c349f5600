namespace MeetingBot.Commands;

/// <summary>
/// <c>head tail</c>: the head is one of the vocabulary's start patterns (<c>start a meeting</c>, <c>meet now</c>);
/// the tail is any order of at most one topic (<c>"Design review"</c>, <c>about budget</c>) and lists of people
/// (<c>with kevin and dean</c>, or mentions without a marker). Anything else in the tail makes the message
/// unknown rather than guessed at.
/// </summary>
internal static class StartMeetingParser
{
    public static StartMeetingCommand? TryParse(CommandTokens body, CommandVocabulary vocabulary)
    {
        var headLength = MatchHead(body, vocabulary);
        if (headLength < 0)
        {
            return null;
        }

        var tail = body.Slice(headLength, body.Length - headLength).Trim(vocabulary.StartNoise, vocabulary.StartNoise);
        string? topic = null;
        List<PersonReference>? invitees = null;
        var position = 0;
        while (position < tail.Length)
        {
            var token = tail[position];
            if (token.Kind == CommandTokenKind.Separator)
            {
                position++;
                continue;
            }

            var topicMarker = token.Kind == CommandTokenKind.Quoted ? 0 : vocabulary.TopicMarkers.MatchAt(tail, position);
            if (token.Kind == CommandTokenKind.Quoted || topicMarker > 0)
            {
                if (topic is not null)
                {
                    return null;
                }

                position = ReadTopic(tail, position + topicMarker, vocabulary, out topic);
                continue;
            }

            var inviteeMarker = vocabulary.InviteeMarkers.MatchAt(tail, position);
            if (inviteeMarker > 0 || token.Kind == CommandTokenKind.Mention)
            {
                var start = position + inviteeMarker;
                var end = PersonListParser.FindEnd(tail, start, vocabulary);
                PersonListParser.AddPeople(tail.Slice(start, end - start), vocabulary, ref invitees);
                position = end;
                continue;
            }

            return null;
        }

        return new StartMeetingCommand(topic, invitees is null ? [] : invitees);
    }

    private static int MatchHead(CommandTokens body, CommandVocabulary vocabulary)
    {
        foreach (var pattern in vocabulary.StartPatterns)
        {
            var length = pattern.MatchPrefix(body);
            if (length >= 0)
            {
                return length;
            }
        }

        return -1;
    }

    /// <summary>
    /// A quoted stretch standing alone, or the words up to the next invitee marker (so an unquoted topic cannot contain
    /// <c>with</c>; a quoted one can). An empty topic is no topic.
    /// </summary>
    private static int ReadTopic(CommandTokens tail, int start, CommandVocabulary vocabulary, out string? topic)
    {
        if (start < tail.Length && tail[start].Kind == CommandTokenKind.Quoted && EndsClause(tail, start + 1, vocabulary))
        {
            topic = tail.ValueOf(start);
            return start + 1;
        }

        var end = start;
        while (end < tail.Length && vocabulary.InviteeMarkers.MatchAt(tail, end) == 0)
        {
            end++;
        }

        var first = start;
        var last = end - 1;
        while (first <= last && tail[first].Kind == CommandTokenKind.Separator)
        {
            first++;
        }

        while (last >= first && tail[last].Kind == CommandTokenKind.Separator)
        {
            last--;
        }

        topic = first <= last ? tail.TextOf(first, last) : null;
        return end;
    }

    /// <summary>Whether a clause may end before <paramref name="position"/>: nothing or no plain word follows.</summary>
    private static bool EndsClause(CommandTokens tail, int position, CommandVocabulary vocabulary) =>
        position == tail.Length ||
        tail[position].Kind != CommandTokenKind.Word ||
        vocabulary.InviteeMarkers.MatchAt(tail, position) > 0 ||
        vocabulary.TopicMarkers.MatchAt(tail, position) > 0;
}
