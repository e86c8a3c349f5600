using System.Buffers;
using System.Text.Json;

namespace MeetingBot.Slack.SocketMode;

/// <summary>The acknowledgement of one envelope: <c>{"envelope_id":"…"}</c>, with the handler's answer as <c>payload</c> when there is one.</summary>
internal static class SocketModeAcks
{
    /// <exception cref="JsonException"><paramref name="payload"/> is not one JSON value.</exception>
    public static byte[] Write(string envelopeId, byte[]? payload)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + (payload?.Length ?? 0));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("envelope_id", envelopeId);
            if (payload is not null)
            {
                json.WritePropertyName("payload");
                json.WriteRawValue(payload);
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
