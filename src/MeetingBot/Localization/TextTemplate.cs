using System.Globalization;
using System.Runtime.CompilerServices;

namespace MeetingBot.Localization;

/// <summary>
/// One text with named placeholders (<c>Stopped **{topic}** for everyone.</c>), split once into literal parts and
/// placeholder names so that formatting is one pass over a few parts on a stack buffer: no regex, one string allocated.
/// A brace that does not enclose a name (letters and digits) is text.
/// </summary>
internal sealed class TextTemplate
{
    private readonly string[] _literals;
    private readonly string[] _names;

    private TextTemplate(string text, string[] literals, string[] names)
    {
        Text = text;
        _literals = literals;
        _names = names;
    }

    /// <summary>The text as written in the file.</summary>
    public string Text { get; }

    /// <summary>The placeholder names, in order of appearance, repeated names once.</summary>
    public IReadOnlyList<string> Placeholders => _names.Distinct(StringComparer.Ordinal).ToArray();

    public static TextTemplate Parse(string text)
    {
        var literals = new List<string>();
        var names = new List<string>();
        var literalStart = 0;
        for (var at = 0; at < text.Length; at++)
        {
            if (text[at] != '{')
            {
                continue;
            }

            var end = at + 1;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
            if (end == at + 1 || end == text.Length || text[end] != '}' || !char.IsAsciiLetter(text[at + 1]))
            {
                continue;
            }

            literals.Add(text[literalStart..at]);
            names.Add(text[(at + 1)..end]);
            literalStart = end + 1;
            at = end;
        }

        literals.Add(text[literalStart..]);
        return new TextTemplate(text, literals.ToArray(), names.ToArray());
    }

    /// <summary>The text with each placeholder replaced by its argument; a placeholder without one stays as written.</summary>
    public string Format(ReadOnlySpan<(string Name, string Value)> args, string? count = null)
    {
        if (_names.Length == 0)
        {
            return Text;
        }

        var text = new DefaultInterpolatedStringHandler(Text.Length, _names.Length, CultureInfo.InvariantCulture, stackalloc char[256]);
        for (var part = 0; part < _names.Length; part++)
        {
            text.AppendLiteral(_literals[part]);
            text.AppendLiteral(ValueOf(_names[part], args, count));
        }

        text.AppendLiteral(_literals[^1]);
        return text.ToStringAndClear();
    }

    private static string ValueOf(string name, ReadOnlySpan<(string Name, string Value)> args, string? count)
    {
        foreach (var (argName, value) in args)
        {
            if (string.Equals(argName, name, StringComparison.Ordinal))
            {
                return value ?? "";
            }
        }

        return count is not null && name == Count ? count : "{" + name + "}";
    }

    /// <summary>The placeholder a plural text's number fills.</summary>
    public const string Count = "count";
}
