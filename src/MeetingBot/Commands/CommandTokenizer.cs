using System.Buffers;

namespace MeetingBot.Commands;

/// <summary>
/// Splits normalised text (see <see cref="CommandText"/>) into words, quoted stretches, mention markers and
/// list separators. Language-neutral: it knows punctuation, not vocabulary.
/// </summary>
internal static class CommandTokenizer
{
    /// <summary>Punctuation stripped from the start of a word (<c>@kevin</c>, <c>'helen'</c>, <c>*start*</c>).</summary>
    private static readonly SearchValues<char> LeadingTrim = SearchValues.Create("'`*_~@.,!?;…-–—¿¡([{<");

    /// <summary>Punctuation stripped from the end of a word (<c>KEVIN.</c>, <c>kevin?</c>, <c>'helen'</c>).</summary>
    private static readonly SearchValues<char> TrailingTrim = SearchValues.Create("'`*_~.,!?;…-–—)]}>");

    /// <summary>Writes the tokens of <paramref name="text"/>; <paramref name="destination"/> needs <c>text.Length</c> slots.</summary>
    public static int Tokenize(string text, Span<CommandToken> destination)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || c == ':' || c == '=')
            {
                i++;
            }
            else if (CommandText.IsMentionMarker(c))
            {
                destination[count++] = new CommandToken(CommandTokenKind.Mention, i++, 1);
            }
            else if (c is ',' or ';' or '&')
            {
                destination[count++] = new CommandToken(CommandTokenKind.Separator, i++, 1);
            }
            else if (IsQuote(c))
            {
                i = ReadQuoted(text, i, destination, ref count);
            }
            else
            {
                i = ReadWord(text, i, destination, ref count);
            }
        }

        return count;
    }

    /// <summary>The part of a word left after stripping surrounding punctuation; brackets stay when balanced.</summary>
    public static Range TrimWord(ReadOnlySpan<char> word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && LeadingTrim.Contains(word[start]) && !HasCloser(word, start, end))
        {
            start++;
        }

        while (end > start && TrailingTrim.Contains(word[end - 1]) && !HasOpener(word, start, end - 1))
        {
            end--;
        }

        return start..end;
    }

    private static int ReadWord(string text, int start, Span<CommandToken> destination, ref int count)
    {
        var end = start;
        while (end < text.Length && !IsWordBoundary(text[end]))
        {
            end++;
        }

        var run = text.AsSpan(start, end - start);
        if (run is "+")
        {
            destination[count++] = new CommandToken(CommandTokenKind.Separator, start, 1);
        }
        else if (ContainsLetterOrDigit(run))
        {
            var (offset, length) = TrimWord(run).GetOffsetAndLength(run.Length);
            destination[count++] = new CommandToken(CommandTokenKind.Word, start + offset, length);
        }

        // A run of punctuation only ("-", "!!", "…") separates like a space.
        return end;
    }

    /// <summary>Reads a quoted stretch; an opening quote without its closer is skipped like punctuation.</summary>
    private static int ReadQuoted(string text, int open, Span<CommandToken> destination, ref int count)
    {
        var close = FindCloser(text, open);
        if (close < 0)
        {
            return open + 1;
        }

        // The token spans the quotes so that a topic ending in a quotation keeps it; CommandTokens.CharsOf
        // returns the content.
        if (QuotedContent(text, open, close - open + 1).Length > 0)
        {
            destination[count++] = new CommandToken(CommandTokenKind.Quoted, open, close - open + 1);
        }

        return close + 1;
    }

    /// <summary>The inside of a quoted token, without the quotes and the spaces next to them.</summary>
    public static (int Start, int Length) QuotedContent(string text, int start, int length)
    {
        var first = start + 1;
        var end = start + length - 1;
        while (first < end && text[first] == ' ')
        {
            first++;
        }

        while (end > first && text[end - 1] == ' ')
        {
            end--;
        }

        return (first, end - first);
    }

    private static int FindCloser(string text, int open)
    {
        var closers = text[open] switch
        {
            '"' => "\"”“",
            '“' => "”\"“",
            '„' => "“”\"",
            '«' => "»",
            '»' => "«",
            _ => "”\"",
        };

        var index = text.AsSpan(open + 1).IndexOfAny(closers);
        return index < 0 ? -1 : open + 1 + index;
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    private static bool IsWordBoundary(char c) =>
        c is ' ' or ':' or '=' or ',' or ';' or '&' || IsQuote(c) || CommandText.IsMentionMarker(c);

    private static bool ContainsLetterOrDigit(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCloser(ReadOnlySpan<char> word, int index, int end) => word[index] switch
    {
        '(' => word[(index + 1)..end].Contains(')'),
        '[' => word[(index + 1)..end].Contains(']'),
        '{' => word[(index + 1)..end].Contains('}'),
        _ => false,
    };

    private static bool HasOpener(ReadOnlySpan<char> word, int start, int index) => word[index] switch
    {
        ')' => word[start..index].Contains('('),
        ']' => word[start..index].Contains('['),
        '}' => word[start..index].Contains('{'),
        _ => false,
    };
}
