using System.Text.RegularExpressions;
using MeetingBot.Commands;

namespace MeetingBot.Slack.Inbound;

/// <summary>
/// Slack's message markup read as a command: user mentions (<c>&lt;@U123&gt;</c>, <c>&lt;@U123|ann&gt;</c>) become
/// people, the bot's own mention is dropped, links and channels become their labels, and <c>&amp;amp; &amp;lt; &amp;gt;</c> are decoded.
/// </summary>
internal static partial class SlackMarkup
{
    /// <summary>The user ids mentioned in <paramref name="text"/>, in order, without repeats.</summary>
    public static IReadOnlyList<string> MentionedUserIds(string text) =>
        Markup().Matches(text).Where(match => match.Groups["user"].Success).Select(match => match.Groups["user"].Value).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The command text and the people mentioned in it (besides <paramref name="botUserId"/>), each named by
    /// <paramref name="nameOf"/> (their Slack name). A person's markup stays in the text as the mention's
    /// <see cref="MessageMention.MentionText"/>, which is how the parser finds them.
    /// </summary>
    public static (string Text, IReadOnlyList<MessageMention> Mentions) Read(string? text, string? botUserId, Func<string, string?> nameOf)
    {
        var mentions = new List<MessageMention>();
        var plain = Markup().Replace(text ?? string.Empty, match =>
        {
            if (match.Groups["user"].Success)
            {
                var id = match.Groups["user"].Value;
                if (string.Equals(id, botUserId, StringComparison.Ordinal))
                {
                    return " ";
                }

                if (!mentions.Exists(mention => mention.MentionText == match.Value))
                {
                    var label = match.Groups["label"].Success ? Decode(match.Groups["label"].Value) : null;
                    mentions.Add(new MessageMention(id, nameOf(id) ?? label ?? id, match.Value));
                }

                return match.Value;
            }

            // A channel, a link or a special mention (<!here>): its readable part, or nothing.
            return match.Groups["label"].Success ? Decode(match.Groups["label"].Value)
                : match.Groups["link"].Success ? match.Groups["link"].Value
                : " ";
        });
        // Mention markup holds no entities: decoding the whole text leaves it intact.
        return (Decode(plain).Trim(), mentions);
    }

    private static string Decode(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(@"<(?:@(?<user>[UW][A-Z0-9]+)|#(?<channel>[CG][A-Z0-9]+)|!(?<special>[^|>]+)|(?<link>[a-z][a-z0-9+.-]*:[^|>\s]+))(?:\|(?<label>[^>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
