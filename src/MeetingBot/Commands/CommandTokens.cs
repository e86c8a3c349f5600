using System.Text;

namespace MeetingBot.Commands;

/// <summary>
/// A window over the tokens of one normalised command text, with the text and mentions they refer to.
/// A <c>ref struct</c> so that the token buffer can live on the stack.
/// </summary>
internal readonly ref struct CommandTokens
{
    private readonly ReadOnlySpan<CommandToken> _items;

    /// <summary>The text as words are compared (<see cref="WordFolding"/>); the same instance when nothing folds.</summary>
    private readonly string _folded;

    public CommandTokens(string text, ReadOnlySpan<CommandToken> items, IReadOnlyList<MessageMention> mentions)
        : this(text, WordFolding.Fold(text), items, mentions)
    {
    }

    private CommandTokens(string text, string folded, ReadOnlySpan<CommandToken> items, IReadOnlyList<MessageMention> mentions)
    {
        Text = text;
        _folded = folded;
        _items = items;
        Mentions = mentions;
    }

    public string Text { get; }

    public IReadOnlyList<MessageMention> Mentions { get; }

    public int Length => _items.Length;

    public bool IsEmpty => _items.IsEmpty;

    public CommandToken this[int index] => _items[index];

    public CommandTokens Slice(int start, int length) => new(Text, _folded, _items.Slice(start, length), Mentions);

    /// <summary>
    /// The window without list separators and phrases of <paramref name="leading"/> at its start and of
    /// <paramref name="trailing"/> at its end (repeatedly: <c>hey, can you please …</c>).
    /// </summary>
    public CommandTokens Trim(PhraseSet leading, PhraseSet trailing)
    {
        var start = 0;
        while (start < Length)
        {
            var skip = _items[start].Kind == CommandTokenKind.Separator ? 1 : leading.MatchAt(this, start);
            if (skip == 0)
            {
                break;
            }

            start += skip;
        }

        var rest = Slice(start, Length - start);
        var end = rest.Length;
        while (end > 0)
        {
            var skip = rest[end - 1].Kind == CommandTokenKind.Separator ? 1 : trailing.MatchBefore(rest, end);
            if (skip == 0)
            {
                break;
            }

            end -= skip;
        }

        return rest.Slice(0, end);
    }

    /// <summary>
    /// Whether token <paramref name="index"/> is the word <paramref name="word"/> (folded, see <see cref="WordFolding"/>),
    /// ignoring case.
    /// </summary>
    public bool IsWord(int index, string word) =>
        _items[index].Kind == CommandTokenKind.Word &&
        WordOf(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A word token's characters as words are compared (<see cref="WordFolding"/>).</summary>
    public ReadOnlySpan<char> WordOf(int index) => _folded.AsSpan(_items[index].Start, _items[index].Length);

    public MessageMention MentionAt(int index) => Mentions[CommandText.MentionIndexOf(Text[_items[index].Start])];

    /// <summary>The characters of a token; of a quoted token, its content without the quotes.</summary>
    public ReadOnlySpan<char> CharsOf(int index)
    {
        var (start, length) = ContentOf(index);
        return Text.AsSpan(start, length);
    }

    /// <summary>A token's characters (see <see cref="CharsOf"/>) for people: mention markers shown as names.</summary>
    public string ValueOf(int index)
    {
        var (start, length) = ContentOf(index);
        return CommandText.Render(Text, start, length, Mentions);
    }

    /// <summary>
    /// Tokens <paramref name="first"/> to <paramref name="last"/> joined by single spaces: the words of a name,
    /// without whatever punctuation stood between them.
    /// </summary>
    public string WordsOf(int first, int last)
    {
        var singleSpaced = true;
        var joinedLength = _items[first].Length;
        for (var i = first + 1; i <= last; i++)
        {
            var gapStart = _items[i - 1].End;
            singleSpaced &= _items[i].Start == gapStart + 1 && Text[gapStart] == ' ';
            joinedLength += 1 + _items[i].Length;
        }

        if (singleSpaced)
        {
            return TextOf(first, last);
        }

        var builder = new StringBuilder(joinedLength);
        builder.Append(CharsOf(first));
        for (var i = first + 1; i <= last; i++)
        {
            builder.Append(' ').Append(CharsOf(i));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The original text from the start of token <paramref name="first"/> to the end of token
    /// <paramref name="last"/>, punctuation between them included, mention markers shown as names.
    /// </summary>
    public string TextOf(int first, int last)
    {
        var start = _items[first].Start;
        return CommandText.Render(Text, start, _items[last].End - start, Mentions);
    }

    private (int Start, int Length) ContentOf(int index)
    {
        var token = _items[index];
        return token.Kind == CommandTokenKind.Quoted
            ? CommandTokenizer.QuotedContent(Text, token.Start, token.Length)
            : (token.Start, token.Length);
    }
}
