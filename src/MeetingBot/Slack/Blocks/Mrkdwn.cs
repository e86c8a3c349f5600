using System.Globalization;
using MeetingBot.Localization;

namespace MeetingBot.Slack.Blocks;

/// <summary>Writes Slack's mrkdwn: user text escaped so it stays literal, the core's <c>**bold**</c>, dates each reader sees in their own zone.</summary>
internal static class Mrkdwn
{
    /// <summary>
    /// Slack reads <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as control characters (links, <c>&lt;!channel&gt;</c>,
    /// <c>&lt;@U…&gt;</c>); escaped, a topic or name someone typed can neither ping nor link.
    /// </summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A sentence of the core (it quotes user text and marks names <c>**bold**</c>) as mrkdwn.</summary>
    public static string FromBotText(string text) => Escape(text).Replace("**", "*", StringComparison.Ordinal);

    public static string Bold(string userText) => $"*{Escape(userText)}*";

    /// <summary>A field: its label in bold over its value.</summary>
    public static string Field(string label, string value) => $"*{label}*\n{value}";

    /// <summary>A link Slack shows as its address (links in blocks are never unfurled).</summary>
    public static string Link(string url) => $"<{url}>";

    /// <summary>
    /// Date and time in the reader's own time zone; clients that cannot show it show the fallback, written in the zone
    /// of whom the text is for (<see cref="TextTime"/>; UTC when unknown, and then said to be UTC).
    /// </summary>
    public static string DateAndTime(DateTimeOffset at) => Date(at, "{date_short_pretty} {time}", TextTime.DateAndTime(at));

    /// <summary>The time of day in the reader's own time zone.</summary>
    public static string Time(DateTimeOffset at) => Date(at, "{time}", TextTime.Time(at));

    private static string Date(DateTimeOffset at, string tokens, string fallback) =>
        $"<!date^{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}^{tokens}|{fallback}>";
}
