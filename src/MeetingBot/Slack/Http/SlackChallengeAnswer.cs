using System.Text.Json;

namespace MeetingBot.Slack.Http;

/// <summary>The answer to Slack's <c>url_verification</c>: <c>{"challenge": "…"}</c>.</summary>
internal static class SlackChallengeAnswer
{
    public static byte[] For(string challenge)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("challenge", challenge);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
