using System.Text.Json;

namespace MeetingBot.MoodHood.Webhooks;

/// <summary>
/// A webhook delivery as MoodHood posts it: <c>{"signature":"&lt;hex&gt;","body":{…}}</c> (reference §5.11). The
/// signature covers the text of <c>body</c> as the sender wrote it, so the body is kept as the exact bytes it
/// arrived as, never re-serialised.
/// </summary>
internal sealed record MoodHoodWebhookEnvelope(string Signature, ReadOnlyMemory<byte> Body)
{
    /// <summary>The envelope, or null when the delivery is not one (not JSON, no <c>signature</c> text, no <c>body</c> object).</summary>
    public static MoodHoodWebhookEnvelope? Read(ReadOnlyMemory<byte> delivery)
    {
        try
        {
            var reader = new Utf8JsonReader(delivery.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? signature = null;
            ReadOnlyMemory<byte>? body = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "signature" when reader.TokenType == JsonTokenType.String:
                        signature = reader.GetString();
                        break;
                    case "body" when reader.TokenType == JsonTokenType.StartObject:
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        body = delivery[start..(int)reader.BytesConsumed];
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            // Reading to the end checks that the rest is well-formed JSON too.
            while (reader.Read())
            {
            }

            return signature is { Length: > 0 } && body is { } exact ? new MoodHoodWebhookEnvelope(signature, exact) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
