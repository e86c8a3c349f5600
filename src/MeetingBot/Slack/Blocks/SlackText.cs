using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Blocks;

/// <summary>A Block Kit text object shown as typed: nothing in it is a link, mention or format.</summary>
public sealed record PlainText(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "plain_text";
}

/// <summary>A text object in Slack's markup (<c>*bold*</c>, <c>&lt;url&gt;</c>, mentions): user text in it is escaped (<see cref="Mrkdwn"/>).</summary>
public sealed record MrkdwnText(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "mrkdwn";
}
