using System.Net;
using System.Text.RegularExpressions;
using MeetingBot.Commands;

namespace MeetingBot.Tests.Commands;

/// <summary>
/// Builds the mention entities Teams would send with a text: one per distinct <c>&lt;at&gt;…&lt;/at&gt;</c>
/// markup, id <c>29:</c> + the lower-cased name with dashes for spaces, name = the decoded inner text.
/// </summary>
internal static partial class TeamsMentions
{
    public static IReadOnlyList<MessageMention> In(string? text) =>
        text is null
            ? []
            : AtMarkup().Matches(text)
                .Select(match => match.Value)
                .Distinct(StringComparer.Ordinal)
                .Select(markup => For(markup))
                .ToArray();

    public static MessageMention For(string markup)
    {
        var name = WebUtility.HtmlDecode(AtMarkup().Match(markup).Groups["name"].Value);
        return new MessageMention(IdOf(name), name, markup);
    }

    public static string IdOf(string name) => "29:" + name.ToLowerInvariant().Replace(' ', '-');

    [GeneratedRegex("<at>(?<name>.*?)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtMarkup();
}
