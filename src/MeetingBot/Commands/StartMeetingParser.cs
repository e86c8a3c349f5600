namespace MeetingBot.Commands;

/// <summary>
/// <c>head tail</c>: the head is one of the command's patterns (<c>start a meeting</c>, <c>start a smart meeting</c>,
/// <c>start webinar</c>, <c>meet now</c>); the tail is any order of at most one topic (<c>"Design review"</c>,
/// <c>about budget</c>), lists of people (<c>with kevin and dean</c>, or mentions without a marker) and guest phrases
/// (<c>with guests</c>). Anything else in the tail makes the message unknown rather than guessed at.
/// </summary>
internal static class StartMeetingParser
{
    public static BotCommand? TryParse(CommandTokens body, CommandVocabulary vocabulary, CommandWords words)
    {
        var headLength = MatchHead(body, words);
        if (headLength < 0)
        {
            return null;
        }

        var (layout, allowGuests) = ReadMode(body.Slice(0, headLength), vocabulary);

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

            var guests = vocabulary.GuestPhrases.MatchAt(tail, position);
            if (guests > 0)
            {
                allowGuests = true;
                position += guests;
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

        return new StartMeetingCommand(topic, invitees is null ? [] : invitees, layout, allowGuests);
    }

    /// <summary>What the head's words ask for: <c>smart</c>, <c>moderated</c> / <c>webinar</c>, <c>public</c>.</summary>
    private static (Conferencing.ConferenceLayout Layout, bool AllowGuests) ReadMode(CommandTokens head, CommandVocabulary vocabulary)
    {
        var layout = Conferencing.ConferenceLayout.AllOnScreen;
        var allowGuests = false;
        for (var position = 0; position < head.Length; position++)
        {
            if (vocabulary.SmartWords.MatchAt(head, position) > 0)
            {
                layout = Conferencing.ConferenceLayout.SmartMeeting;
            }
            else if (vocabulary.ModeratedWords.MatchAt(head, position) > 0)
            {
                layout = Conferencing.ConferenceLayout.Moderated;
            }
            else if (vocabulary.PublicWords.MatchAt(head, position) > 0)
            {
                allowGuests = true;
            }
        }

        return (layout, allowGuests);
    }

    private static int MatchHead(CommandTokens body, CommandWords words)
    {
        foreach (var pattern in words.Patterns)
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
