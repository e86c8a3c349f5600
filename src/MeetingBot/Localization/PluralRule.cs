using System.Globalization;

namespace MeetingBot.Localization;

/// <summary>
/// One CLDR plural condition (<c>v = 0 and i % 10 = 2..4 and i % 100 != 12..14</c>) in the subset the texts files
/// use: operands <c>n</c>, <c>i</c>, <c>v</c>, <c>%</c>, <c>=</c>/<c>!=</c>, ranges <c>a..b</c>, lists <c>a,b</c>,
/// <c>and</c> binding tighter than <c>or</c>. Samples after <c>@</c> are ignored. Parsed once, evaluated per text.
/// </summary>
internal sealed class PluralRule
{
    private readonly Relation[][] _alternatives;

    private PluralRule(Relation[][] alternatives) => _alternatives = alternatives;

    public bool Matches(PluralOperands operands)
    {
        foreach (var all in _alternatives)
        {
            var matches = true;
            foreach (var relation in all)
            {
                if (!relation.Holds(operands))
                {
                    matches = false;
                    break;
                }
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    /// <exception cref="FormatException">The text is not a condition of the supported subset.</exception>
    public static PluralRule Parse(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var tokens = new Tokens(at < 0 ? text : text[..at]);
        var alternatives = new List<Relation[]>();
        do
        {
            var all = new List<Relation>();
            do
            {
                all.Add(ParseRelation(tokens));
            }
            while (tokens.Take("and"));

            alternatives.Add(all.ToArray());
        }
        while (tokens.Take("or"));

        if (!tokens.AtEnd)
        {
            throw new FormatException($"Unexpected '{tokens.Peek()}' in the plural rule '{text}'.");
        }

        return new PluralRule(alternatives.ToArray());
    }

    private static Relation ParseRelation(Tokens tokens)
    {
        var operand = tokens.Next() switch
        {
            "n" => Operand.N,
            "i" => Operand.I,
            "v" => Operand.V,
            var other => throw new FormatException($"The plural operand '{other}' is not supported (only n, i, v)."),
        };
        var modulus = tokens.Take("%") ? Number(tokens.Next()) : 0;
        var negated = tokens.Next() switch
        {
            "=" => false,
            "!=" => true,
            var other => throw new FormatException($"Expected = or != in a plural rule, found '{other}'."),
        };
        var ranges = new List<(decimal From, decimal To)>();
        do
        {
            var from = Number(tokens.Next());
            ranges.Add(tokens.Take("..") ? (from, Number(tokens.Next())) : (from, from));
        }
        while (tokens.Take(","));

        return new Relation(operand, modulus, negated, ranges.ToArray());
    }

    private static decimal Number(string token) =>
        decimal.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"Expected a number in a plural rule, found '{token}'.");

    private enum Operand { N, I, V }

    private sealed record Relation(Operand Operand, decimal Modulus, bool Negated, (decimal From, decimal To)[] Ranges)
    {
        public bool Holds(PluralOperands operands)
        {
            var value = Operand switch
            {
                Operand.N => operands.N,
                Operand.I => operands.I,
                _ => operands.V,
            };
            if (Modulus != 0)
            {
                value %= Modulus;
            }

            // A range holds integers only: n = 2..4 is false for 2.5.
            var inRanges = false;
            foreach (var (from, to) in Ranges)
            {
                if (value == from || (value > from && value <= to && decimal.Truncate(value) == value))
                {
                    inRanges = true;
                    break;
                }
            }

            return inRanges != Negated;
        }
    }

    private sealed class Tokens
    {
        private readonly List<string> _tokens = [];
        private int _next;

        public Tokens(string text)
        {
            for (var at = 0; at < text.Length;)
            {
                var c = text[at];
                if (char.IsWhiteSpace(c))
                {
                    at++;
                    continue;
                }

                var start = at;
                if (char.IsAsciiLetter(c))
                {
                    while (at < text.Length && char.IsAsciiLetter(text[at])) at++;
                }
                else if (char.IsAsciiDigit(c))
                {
                    while (at < text.Length && char.IsAsciiDigit(text[at])) at++;
                }
                else if (text.AsSpan(at).StartsWith("..") || text.AsSpan(at).StartsWith("!="))
                {
                    at += 2;
                }
                else if (c is '%' or '=' or ',')
                {
                    at++;
                }
                else
                {
                    throw new FormatException($"Unexpected '{c}' in the plural rule '{text}'.");
                }

                _tokens.Add(text[start..at]);
            }
        }

        public bool AtEnd => _next == _tokens.Count;

        public string Peek() => AtEnd ? "the end" : _tokens[_next];

        public string Next() => AtEnd ? throw new FormatException("A plural rule ends too early.") : _tokens[_next++];

        public bool Take(string token)
        {
            if (!AtEnd && _tokens[_next] == token)
            {
                _next++;
                return true;
            }

            return false;
        }
    }
}

/// <summary>The CLDR operands of a number: <c>n</c> its absolute value, <c>i</c> its integer digits, <c>v</c> how many fraction digits are shown.</summary>
internal readonly record struct PluralOperands(decimal N, decimal I, int V)
{
    public static PluralOperands Of(long count)
    {
        var absolute = Math.Abs((decimal)count);
        return new(absolute, absolute, 0);
    }

    /// <summary>The operands of a number as it is written (<c>1.50</c> shows two fraction digits).</summary>
    public static PluralOperands Of(string written)
    {
        var number = Math.Abs(decimal.Parse(written, NumberStyles.Number, CultureInfo.InvariantCulture));
        var dot = written.IndexOf('.', StringComparison.Ordinal);
        return new(number, decimal.Truncate(number), dot < 0 ? 0 : written.Length - dot - 1);
    }
}
