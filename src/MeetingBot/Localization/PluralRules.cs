namespace MeetingBot.Localization;

/// <summary>
/// A language's CLDR plural categories in the order its texts file gives them (<c>"@plural"</c>); a number that
/// matches none of them is <c>other</c>, as in CLDR.
/// </summary>
internal sealed class PluralRules
{
    public const string Other = "other";

    private readonly (string Category, PluralRule Rule)[] _rules;

    public PluralRules(IEnumerable<(string Category, PluralRule Rule)> rules)
    {
        _rules = rules.ToArray();
        Categories = _rules.Select(rule => rule.Category).Append(Other).ToArray();
    }

    /// <summary>Every category a plural text of this language must write, <c>other</c> last.</summary>
    public IReadOnlyList<string> Categories { get; }

    public string CategoryOf(PluralOperands operands)
    {
        foreach (var (category, rule) in _rules)
        {
            if (rule.Matches(operands))
            {
                return category;
            }
        }

        return Other;
    }
}
