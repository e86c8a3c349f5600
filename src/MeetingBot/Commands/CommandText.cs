using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Commands;

/// <summary>
/// Turns raw chat text into the plain, single-spaced text the tokenizer reads: mentions become one-character
/// markers, HTML tags and entities go, whitespace/emoji collapse to single spaces, curly apostrophes become
/// straight ones. Also renders marked text back for people (markers shown as mention names).
/// </summary>
internal static partial class CommandText
{
    /// <summary>Mentions are marked with private-use characters U+E000.. so they survive as single tokens.</summary>
    private const char FirstMarker = '\uE000';
    private const char LastMarker = '\uE0FF';
    private const int MaxMentions = LastMarker - FirstMarker + 1;
    private const int StackBufferLimit = 512;

    private static readonly string[] MarkerStrings = CreateMarkerStrings();

    public static bool IsMentionMarker(char c) => c is >= FirstMarker and <= LastMarker;

    public static int MentionIndexOf(char marker) => marker - FirstMarker;

    public static string Normalize(string? text, IReadOnlyList<MessageMention> mentions)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Characters of the marker range typed by a user would pose as mentions: remove them first.
        if (text.AsSpan().ContainsAnyInRange(FirstMarker, LastMarker))
        {
            text = RemoveMarkerCharacters(text);
        }

        // Mentions are matched on the raw markup (the entity's text is what the channel put in the message),
        // so this runs before tags are stripped and entities decoded.
        text = MarkMentions(text, mentions);

        if (text.Contains('<'))
        {
            text = HtmlTag().Replace(text, " ");
        }

        if (text.Contains('&'))
        {
            text = WebUtility.HtmlDecode(text);
        }

        return CollapseCharacters(text, Math.Min(mentions.Count, MaxMentions));
    }

    /// <summary>A stretch of normalised text for people: mention markers replaced by the mentions' names.</summary>
    public static string Render(string text, int start, int length, IReadOnlyList<MessageMention> mentions)
    {
        var span = text.AsSpan(start, length);
        if (!span.ContainsAnyInRange(FirstMarker, LastMarker))
        {
            return start == 0 && length == text.Length ? text : span.ToString();
        }

        var builder = new StringBuilder(length + 32);
        foreach (var c in span)
        {
            if (IsMentionMarker(c))
            {
                builder.Append(mentions[MentionIndexOf(c)].Name);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Render(string text, IReadOnlyList<MessageMention> mentions) =>
        Render(text, 0, text.Length, mentions);

    private static string MarkMentions(string text, IReadOnlyList<MessageMention> mentions)
    {
        var count = Math.Min(mentions.Count, MaxMentions);
        for (var i = 0; i < count; i++)
        {
            // Entities come from JSON: a null entry or markup is skipped rather than trusted.
            var markup = mentions[i]?.MentionText;
            if (!string.IsNullOrEmpty(markup))
            {
                text = text.Replace(markup, MarkerStrings[i], StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }

    private static string RemoveMarkerCharacters(string text) =>
        string.Create(text.Length, text, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = IsMentionMarker(source[i]) ? ' ' : source[i];
            }
        });

    /// <summary>One pass: map each character, collapse runs of spaces, trim; returns the input if unchanged.</summary>
    private static string CollapseCharacters(string text, int mentionCount)
    {
        char[]? rented = null;
        Span<char> buffer = text.Length <= StackBufferLimit
            ? stackalloc char[text.Length]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));

        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            var mapped = Map(c, mentionCount);
            if (mapped == ' ')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = mapped;
        }

        var result = buffer[..length];
        var normalised = result.SequenceEqual(text.AsSpan()) ? text : result.ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return normalised;
    }

    /// <summary>The character as the tokenizer should see it; <c>' '</c> for anything that only separates.</summary>
    private static char Map(char c, int mentionCount)
    {
        if (c < '\u0080')
        {
            return c < ' ' || c == '\u007F' ? ' ' : c;
        }

        if (IsMentionMarker(c))
        {
            return MentionIndexOf(c) < mentionCount ? c : ' ';
        }

        if (c is '\u2018' or '\u2019' or '\u02BC')
        {
            return '\'';
        }

        // Emoji arrive as surrogate pairs, symbols, variation selectors and joiners: none of them is part of a
        // command, a name or an id, so they separate like spaces.
        if (char.IsWhiteSpace(c) || char.IsSurrogate(c) || c is >= '\uFE00' and <= '\uFE0F')
        {
            return ' ';
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.OtherSymbol or UnicodeCategory.Format or UnicodeCategory.Control
                or UnicodeCategory.EnclosingMark or UnicodeCategory.PrivateUse => ' ',
            _ => c,
        };
    }

    private static string[] CreateMarkerStrings()
    {
        var markers = new string[MaxMentions];
        for (var i = 0; i < markers.Length; i++)
        {
            markers[i] = ((char)(FirstMarker + i)).ToString();
        }

        return markers;
    }

    /// <summary>
    /// Tags Teams (and pasted HTML) put in message text. Limited to known tag names so that
    /// <c>Kevin &lt;kevin@contoso.com&gt;</c> keeps the address.
    /// </summary>
    [GeneratedRegex(
        @"</?(?:at|p|div|span|br|hr|b|i|u|s|em|strong|strike|del|ins|mark|small|sub|sup|code|pre|blockquote|a|img|emoji|font|ol|ul|li|h[1-6]|table|thead|tbody|tr|td|th|systeminfo)\b[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}
