using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack.Auth;

/// <summary>
/// Checks Slack's request signature (reference §1): <c>X-Slack-Signature</c> must be <c>v0=</c> + the lower-case hex
/// HMAC-SHA256, keyed with the signing secret, of <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>, compared in
/// constant time; the timestamp must be within five minutes of now, either way; and a signature is taken once.
/// Without a signing secret nothing is valid (fail closed).
/// </summary>
public sealed class SlackRequestVerifier
{
    private const string Version = "v0";
    private const int HexLength = SHA256.HashSizeInBytes * 2;
    private const int SignatureLength = 3 + HexLength; // "v0=" + hex
    private const int StackBufferLimit = 4096;
    private const int ReplayMemoryLimit = 100_000;
    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private readonly byte[]? _key;
    private readonly TimeProvider _clock;
    private readonly SlackReplayMemory _accepted = new(ReplayMemoryLimit);

    public SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider clock)
    {
        var secret = options.Value.SigningSecret;
        _key = string.IsNullOrEmpty(secret) ? null : Encoding.UTF8.GetBytes(secret);
        _clock = clock;
    }

    public SlackSignatureCheck Verify(string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestampHeader) || string.IsNullOrEmpty(signatureHeader))
        {
            return SlackSignatureCheck.Missing;
        }

        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp) || !IsWellFormed(signatureHeader))
        {
            return SlackSignatureCheck.Malformed;
        }

        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - timestamp) > (long)Window.TotalSeconds)
        {
            return SlackSignatureCheck.Stale;
        }

        if (_key is null || !SignatureMatches(timestampHeader, signatureHeader, body))
        {
            return SlackSignatureCheck.Mismatch;
        }

        // Remembered for as long as its timestamp stays inside the window (up to ten minutes for one dated in the
        // future), so a copy cannot be played again; the signature covers the timestamp, so it alone is the key.
        return _accepted.TryRemember(signatureHeader.AsSpan(3), timestamp + (long)Window.TotalSeconds + 1, now)
            ? SlackSignatureCheck.Valid
            : SlackSignatureCheck.Replayed;
    }

    private static bool IsWellFormed(string signature) =>
        signature.Length == SignatureLength && signature.StartsWith("v0=", StringComparison.Ordinal) && !signature.AsSpan(3).ContainsAnyExcept(HexDigits);

    private bool SignatureMatches(string timestamp, string signature, ReadOnlySpan<byte> body)
    {
        // The base string "v0:{timestamp}:{body}" is assembled in one buffer: HMACSHA256.HashData hashes one span.
        var length = Version.Length + 1 + timestamp.Length + 1 + body.Length;
        byte[]? rented = null;
        Span<byte> message = length <= StackBufferLimit ? stackalloc byte[StackBufferLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.ASCII.GetBytes(Version, message);
            message[written++] = (byte)':';
            written += Encoding.ASCII.GetBytes(timestamp, message[written..]);
            message[written++] = (byte)':';
            body.CopyTo(message[written..]);

            Span<byte> mac = stackalloc byte[SHA256.HashSizeInBytes];
            HMACSHA256.HashData(_key, message[..length], mac);
            Span<char> expected = stackalloc char[HexLength];
            Convert.TryToHexStringLower(mac, expected, out _);
            return CryptographicOperations.FixedTimeEquals(
                MemoryMarshal.AsBytes(expected), MemoryMarshal.AsBytes(signature.AsSpan(3)));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
