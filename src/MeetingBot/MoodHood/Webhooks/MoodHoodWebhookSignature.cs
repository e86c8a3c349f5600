using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.MoodHood.Webhooks;

/// <summary>Checks a webhook's signature: hex HMAC-SHA256 under the space's webhook secret of the body's exact bytes (reference §5.11).</summary>
internal sealed class MoodHoodWebhookSignature(string secret)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(secret);

    public bool IsValid(MoodHoodWebhookEnvelope envelope)
    {
        // 64 hex digits, either case; anything else cannot be a SHA-256 MAC.
        if (envelope.Signature.Length != HMACSHA256.HashSizeInBytes * 2)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (Convert.FromHexString(envelope.Signature, given, out _, out var written) != System.Buffers.OperationStatus.Done ||
            written != given.Length)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, envelope.Body.Span, expected);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
