using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>Signs a request body the way Slack does (reference §1), for tests that send Slack requests.</summary>
public static class SlackSigner
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>The two header values: the timestamp as sent and <c>v0=</c> + lower-case hex HMAC-SHA256 of <c>v0:{timestamp}:{body}</c>.</summary>
    public static (string Timestamp, string Signature) Sign(string secret, long timestamp, byte[] body)
    {
        var stamp = timestamp.ToString(CultureInfo.InvariantCulture);
        var message = Encoding.UTF8.GetBytes($"v0:{stamp}:").Concat(body).ToArray();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return (stamp, "v0=" + Convert.ToHexStringLower(mac));
    }

    public static (string Timestamp, string Signature) Sign(string secret, long timestamp, string body) =>
        Sign(secret, timestamp, Encoding.UTF8.GetBytes(body));

    /// <summary>Adds both headers to <paramref name="request"/>, signed over its body as it will be sent (now, unless a time is given).</summary>
    public static async Task SignAsync(HttpRequestMessage request, string secret, DateTimeOffset? at = null)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync();
        var (timestamp, signature) = Sign(secret, (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(), body);
        request.Headers.Remove(TimestampHeader);
        request.Headers.Remove(SignatureHeader);
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, signature);
    }
}
