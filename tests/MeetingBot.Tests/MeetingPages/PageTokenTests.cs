using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using MeetingBot.MeetingPages;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.MeetingPages;

/// <summary>The signed token in a meeting-page link: it names one chat user for one meeting until it expires.</summary>
public sealed class PageTokenTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-12-03T09:00:00Z"));

    private PageTicket Ticket(string userId = "29:kevin", string conferenceId = "65a1b2c3d4e5f60718293a4b") =>
        new("msteams", userId, "Kevin Smith", conferenceId, _clock.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds());

    [Fact]
    public void A_token_the_bot_issued_gives_back_its_ticket_until_it_expires()
    {
        var ticket = Ticket();
        var token = PageTokens.Issue(ticket, Key);

        Assert.Equal(PageTokenCheck.Valid(ticket), PageTokens.Check(token, Key, _clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        Assert.Equal(PageTokenStatus.Valid, PageTokens.Check(token, Key, _clock.GetUtcNow()).Status);
    }

    [Fact]
    public void A_token_past_its_lifetime_is_expired()
    {
        var token = PageTokens.Issue(Ticket(), Key);
        _clock.Advance(TimeSpan.FromMinutes(10));

        var check = PageTokens.Check(token, Key, _clock.GetUtcNow());

        Assert.Equal(PageTokenStatus.Expired, check.Status);
    }

    [Fact]
    public void Changing_any_character_of_a_token_makes_it_invalid()
    {
        var token = PageTokens.Issue(Ticket(), Key);

        for (var i = 0; i < token.Length; i++)
        {
            var changed = token.ToCharArray();
            changed[i] = changed[i] == 'A' ? 'B' : 'A';
            Assert.Equal(PageTokenStatus.Invalid, PageTokens.Check(new string(changed), Key, _clock.GetUtcNow()).Status);
        }
    }

    [Fact]
    public void A_ticket_rewritten_for_another_user_or_meeting_without_the_key_is_invalid()
    {
        var token = PageTokens.Issue(Ticket(), Key);
        var signature = token.Split('.')[1];

        foreach (var forged in new[] { Ticket(userId: "29:helen"), Ticket(conferenceId: "65a1b2c3d4e5f60718293a4c") })
        {
            var payload = PageTokens.Issue(forged, Key).Split('.')[0];
            Assert.Equal(PageTokenStatus.Invalid, PageTokens.Check(payload + "." + signature, Key, _clock.GetUtcNow()).Status);
        }
    }

    [Fact]
    public void A_token_signed_with_another_key_is_invalid()
    {
        var token = PageTokens.Issue(Ticket(), RandomNumberGenerator.GetBytes(32));

        Assert.Equal(PageTokenStatus.Invalid, PageTokens.Check(token, Key, _clock.GetUtcNow()).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("a.b.c")]
    [InlineData(".")]
    [InlineData("!!!.???")]
    public void Malformed_tokens_are_invalid(string? token)
    {
        Assert.Equal(PageTokenCheck.Invalid, PageTokens.Check(token, Key, _clock.GetUtcNow()));
    }

    [Fact]
    public void A_correctly_signed_payload_that_is_not_a_ticket_is_invalid()
    {
        var payload = Base64Url.EncodeToString("[1,2,3]"u8);
        var token = payload + "." + Base64Url.EncodeToString(HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes(payload)));

        Assert.Equal(PageTokenCheck.Invalid, PageTokens.Check(token, Key, _clock.GetUtcNow()));
    }

    [Fact]
    public void The_token_carries_no_readable_secret_and_is_not_guessable_from_the_meeting()
    {
        var first = PageTokens.Issue(Ticket(), Key);
        var otherKey = PageTokens.Issue(Ticket(), RandomNumberGenerator.GetBytes(32));

        Assert.NotEqual(first.Split('.')[1], otherKey.Split('.')[1]);
        Assert.Equal(43, first.Split('.')[1].Length); // the whole 256-bit HMAC, unpadded base64url
    }
}
