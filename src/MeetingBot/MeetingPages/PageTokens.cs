using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MeetingBot.MeetingPages;

/// <summary>
/// Signs and checks meeting-page tokens: <c>base64url(ticket JSON) "." base64url(HMAC-SHA256(key, first part))</c>.
/// The signature covers the exact characters sent and is compared in constant time before the ticket is read.
/// </summary>
public static class PageTokens
{
    /// <summary>Longer than any token the bot makes; a longer one is refused unread.</summary>
    private const int MaxTokenLength = 4096;

    public static string Issue(PageTicket ticket, byte[] key)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(ticket, PageTicketJsonContext.Default.PageTicket));
        return payload + "." + Base64Url.EncodeToString(Sign(payload, key));
    }

    /// <summary>The ticket when the token is intact, signed with <paramref name="key"/> and not expired at <paramref name="now"/>.</summary>
    public static PageTokenCheck Check(string? token, byte[] key, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || token.Split('.') is not [var payload, var signature])
        {
            return PageTokenCheck.Invalid;
        }

        // Compared as text, not decoded: base64 lets several texts decode to the same bytes, and every changed
        // character must be a refusal.
        var expected = Base64Url.EncodeToString(Sign(payload, key));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(expected)))
        {
            return PageTokenCheck.Invalid;
        }

        PageTicket? ticket;
        try
        {
            ticket = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(payload), PageTicketJsonContext.Default.PageTicket);
        }
        catch (Exception error) when (error is FormatException or JsonException)
        {
            return PageTokenCheck.Invalid;
        }

        if (ticket is null || string.IsNullOrEmpty(ticket.UserId) || string.IsNullOrEmpty(ticket.ConferenceId))
        {
            return PageTokenCheck.Invalid;
        }

        return now.ToUnixTimeSeconds() >= ticket.ExpiresAt ? PageTokenCheck.Expired(ticket) : PageTokenCheck.Valid(ticket);
    }

    private static byte[] Sign(string payload, byte[] key) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload));
}

public enum PageTokenStatus
{
    Valid,
    Expired,
    Invalid,
}

/// <summary>The outcome of <see cref="PageTokens.Check"/>; <see cref="Ticket"/> is set when the signature held.</summary>
public sealed record PageTokenCheck(PageTokenStatus Status, PageTicket? Ticket)
{
    public static readonly PageTokenCheck Invalid = new(PageTokenStatus.Invalid, null);

    public static PageTokenCheck Valid(PageTicket ticket) => new(PageTokenStatus.Valid, ticket);

    public static PageTokenCheck Expired(PageTicket ticket) => new(PageTokenStatus.Expired, ticket);
}
