namespace MeetingBot.Commands;

/// <summary>
/// Reads a list of people: items are split by <c>, ; &amp; +</c> and list words (<c>and</c>); each mention or
/// quoted stretch is an item of its own; adjacent words form one name (<c>Kevin Smith</c>). References to the
/// sender (<c>me</c>) are dropped and repeated people are kept once.
/// </summary>
internal static class PersonListParser
{
    /// <summary>
    /// Where the list starting at <paramref name="start"/> ends: at a topic or invitee marker, a guest phrase, or at a quoted
    /// stretch that follows a name without a separator (<c>with kevin "Retro"</c> — that is the topic).
    /// </summary>
    public static int FindEnd(CommandTokens tokens, int start, CommandVocabulary vocabulary)
    {
        var afterSeparator = true;
        var position = start;
        while (position < tokens.Length)
        {
            if (vocabulary.TopicMarkers.MatchAt(tokens, position) > 0 ||
                vocabulary.InviteeMarkers.MatchAt(tokens, position) > 0 ||
                vocabulary.GuestPhrases.MatchAt(tokens, position) > 0 ||
                (tokens[position].Kind == CommandTokenKind.Quoted && !afterSeparator))
            {
                return position;
            }

            var separator = SeparatorLength(tokens, position, vocabulary);
            afterSeparator = separator > 0;
            position += Math.Max(separator, 1);
        }

        return tokens.Length;
    }

    public static void AddPeople(CommandTokens list, CommandVocabulary vocabulary, ref List<PersonReference>? people)
    {
        var nameStart = -1;
        var position = 0;
        while (position < list.Length)
        {
            var kind = list[position].Kind;
            var separator = SeparatorLength(list, position, vocabulary);
            if (separator == 0 && kind == CommandTokenKind.Word)
            {
                nameStart = nameStart < 0 ? position : nameStart;
                position++;
                continue;
            }

            AddName(list, nameStart, position - 1, vocabulary, ref people);
            nameStart = -1;
            if (kind == CommandTokenKind.Mention)
            {
                var mention = list.MentionAt(position);
                Add(new MentionedPerson(mention.ChatUserId, mention.Name), ref people);
            }
            else if (kind == CommandTokenKind.Quoted)
            {
                Add(new NamedPerson(list.ValueOf(position)), ref people);
            }

            position += Math.Max(separator, 1);
        }

        AddName(list, nameStart, list.Length - 1, vocabulary, ref people);
    }

    private static int SeparatorLength(CommandTokens tokens, int position, CommandVocabulary vocabulary) =>
        tokens[position].Kind == CommandTokenKind.Separator ? 1 : vocabulary.ListSeparators.MatchAt(tokens, position);

    private static void AddName(
        CommandTokens list, int first, int last, CommandVocabulary vocabulary, ref List<PersonReference>? people)
    {
        if (first < 0 || last < first || vocabulary.SelfReferences.MatchesAll(list.Slice(first, last - first + 1)))
        {
            return;
        }

        var name = list.WordsOf(first, last);
        Add(new NamedPerson(name) { BaseForms = vocabulary.BaseFormsOf(name) }, ref people);
    }

    private static void Add(PersonReference person, ref List<PersonReference>? people)
    {
        people ??= [];
        foreach (var known in people)
        {
            if (IsSamePerson(known, person))
            {
                return;
            }
        }

        people.Add(person);
    }

    /// <summary>Typed names compare ignoring case; mentions by chat user id. A name never equals a mention.</summary>
    private static bool IsSamePerson(PersonReference a, PersonReference b) => (a, b) switch
    {
        (NamedPerson x, NamedPerson y) => string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase),
        (MentionedPerson x, MentionedPerson y) => string.Equals(x.ChatUserId, y.ChatUserId, StringComparison.Ordinal),
        _ => false,
    };
}
