namespace MeetingBot.Commands;

/// <summary>
/// A small word pattern, written as data so that vocabularies stay data:
/// <list type="bullet">
/// <item><c>word</c> or <c>one|other</c> — a literal word (alternatives are single words);</item>
/// <item><c>{set}</c> — any phrase of a named <see cref="PhraseSet"/> of the vocabulary;</item>
/// <item><c>{value}</c> — the captured value: one word, or a quoted stretch without spaces;</item>
/// <item>suffix <c>?</c> — optional; suffix <c>*</c> — zero or more.</item>
/// </list>
/// Example: <c>my {service} {idnoun} is? {value}</c>. Matching backtracks, so optional parts may be ambiguous.
/// </summary>
internal sealed class CommandPattern
{
    public const string ValueSlot = "{value}";

    private readonly Element[] _elements;
    private readonly PhraseSet[] _sets;

    public CommandPattern(string template, IReadOnlyDictionary<string, PhraseSet> sets)
    {
        Template = template;
        _elements = template
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => ParseElement(part, sets, template))
            .ToArray();
        _sets = _elements.Select(element => element.Set).OfType<PhraseSet>().Distinct().ToArray();
    }

    public string Template { get; }

    /// <summary>The phrase sets of the pattern's elements, for vocabulary checks.</summary>
    public IEnumerable<PhraseSet> LiteralSets => _sets;

    /// <summary>Matches the whole token window; <paramref name="value"/> is the captured token, or -1 when none.</summary>
    public bool TryMatchAll(CommandTokens tokens, out int value)
    {
        value = -1;
        return MatchFrom(tokens, 0, 0, requireEnd: true, ref value) >= 0;
    }

    /// <summary>Matches a prefix of the token window; returns the number of tokens consumed, or -1.</summary>
    public int MatchPrefix(CommandTokens tokens)
    {
        var value = -1;
        return MatchFrom(tokens, 0, 0, requireEnd: false, ref value);
    }

    private int MatchFrom(CommandTokens tokens, int elementIndex, int position, bool requireEnd, ref int value)
    {
        if (elementIndex == _elements.Length)
        {
            return !requireEnd || position == tokens.Length ? position : -1;
        }

        var element = _elements[elementIndex];
        if (element.Set is null)
        {
            if (!IsValue(tokens, position))
            {
                return -1;
            }

            var end = MatchFrom(tokens, elementIndex + 1, position + 1, requireEnd, ref value);
            if (end >= 0)
            {
                value = position;
            }

            return end;
        }

        var matched = position < tokens.Length ? element.Set.MatchAt(tokens, position) : 0;
        if (matched > 0)
        {
            var next = element.Quantifier == Quantifier.ZeroOrMore ? elementIndex : elementIndex + 1;
            var end = MatchFrom(tokens, next, position + matched, requireEnd, ref value);
            if (end >= 0)
            {
                return end;
            }
        }

        return element.Quantifier == Quantifier.One
            ? -1
            : MatchFrom(tokens, elementIndex + 1, position, requireEnd, ref value);
    }

    /// <summary>
    /// One word, or quoted without spaces — but not a word of the pattern itself: otherwise backtracking over
    /// optional parts would capture <c>is</c> from <c>my {service} id is</c>.
    /// </summary>
    private bool IsValue(CommandTokens tokens, int position)
    {
        if (position >= tokens.Length)
        {
            return false;
        }

        switch (tokens[position].Kind)
        {
            case CommandTokenKind.Quoted:
                return !tokens.CharsOf(position).Contains(' ');
            case CommandTokenKind.Word:
                foreach (var set in _sets)
                {
                    if (set.MatchAt(tokens, position) > 0)
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static Element ParseElement(string part, IReadOnlyDictionary<string, PhraseSet> sets, string template)
    {
        var quantifier = part[^1] switch
        {
            '?' => Quantifier.Optional,
            '*' => Quantifier.ZeroOrMore,
            _ => Quantifier.One,
        };

        var body = quantifier == Quantifier.One ? part : part[..^1];
        if (body == ValueSlot)
        {
            return quantifier == Quantifier.One
                ? new Element(null, quantifier)
                : throw new ArgumentException($"The value slot cannot be optional in pattern '{template}'.", nameof(template));
        }

        if (body.StartsWith('{') && body.EndsWith('}'))
        {
            return sets.TryGetValue(body[1..^1], out var set)
                ? new Element(set, quantifier)
                : throw new ArgumentException($"Unknown phrase set {body} in pattern '{template}'.", nameof(template));
        }

        return new Element(new PhraseSet(body.Split('|')), quantifier);
    }

    private enum Quantifier
    {
        One,
        Optional,
        ZeroOrMore,
    }

    /// <param name="Set">The phrases this element accepts; <see langword="null"/> for the value slot.</param>
    private sealed record Element(PhraseSet? Set, Quantifier Quantifier);
}
