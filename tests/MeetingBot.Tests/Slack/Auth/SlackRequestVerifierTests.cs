using System.Text;
using MeetingBot.Slack;
using MeetingBot.Slack.Auth;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Slack.Auth;

public sealed class SlackRequestVerifierTests
{
    // Slack's documented example (reference §1).
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const long Timestamp = 1531420618;
    private const string Body =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com" +
        "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly byte[] BodyBytes = Encoding.UTF8.GetBytes(Body);

    [Fact]
    public void Slacks_documented_example_is_valid_at_its_time()
    {
        var verifier = Verifier(out _);

        Assert.Equal(SlackSignatureCheck.Valid, verifier.Verify("1531420618", Signature, BodyBytes));
    }

    [Fact]
    public void A_changed_body_does_not_match()
    {
        var verifier = Verifier(out _);
        var tampered = Encoding.UTF8.GetBytes(Body.Replace("text=&", "text=stop&", StringComparison.Ordinal));

        Assert.Equal(SlackSignatureCheck.Mismatch, verifier.Verify("1531420618", Signature, tampered));
    }

    [Fact]
    public void A_signature_made_with_another_secret_does_not_match()
    {
        var verifier = Verifier(out _);
        var (_, forged) = SlackSigner.Sign("another-signing-secret", Timestamp, Body);

        Assert.Equal(SlackSignatureCheck.Mismatch, verifier.Verify("1531420618", forged, BodyBytes));
    }

    [Fact]
    public void A_signature_moved_to_another_timestamp_does_not_match()
    {
        var verifier = Verifier(out _);

        Assert.Equal(SlackSignatureCheck.Mismatch, verifier.Verify("1531420619", Signature, BodyBytes));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_timestamp_more_than_five_minutes_away_either_way_is_stale(int skewSeconds)
    {
        var verifier = Verifier(out _, now: Timestamp - skewSeconds);

        Assert.Equal(SlackSignatureCheck.Stale, verifier.Verify("1531420618", Signature, BodyBytes));
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    [InlineData(300)]
    public void A_timestamp_within_five_minutes_either_way_is_valid(int skewSeconds)
    {
        var verifier = Verifier(out _, now: Timestamp - skewSeconds);

        Assert.Equal(SlackSignatureCheck.Valid, verifier.Verify("1531420618", Signature, BodyBytes));
    }

    [Theory]
    [InlineData(null, Signature)]
    [InlineData("", Signature)]
    [InlineData("1531420618", null)]
    [InlineData("1531420618", "")]
    public void A_missing_header_is_missing(string? timestamp, string? signature)
    {
        var verifier = Verifier(out _);

        Assert.Equal(SlackSignatureCheck.Missing, verifier.Verify(timestamp, signature, BodyBytes));
    }

    [Theory]
    [InlineData("yesterday", Signature)]
    [InlineData("1531420618.5", Signature)]
    [InlineData(" 1531420618", Signature)]
    [InlineData("+1531420618", Signature)]
    [InlineData("99999999999999999999999", Signature)]
    [InlineData("1531420618", "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")]
    [InlineData("1531420618", "v0=z2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void A_non_numeric_timestamp_or_a_signature_of_the_wrong_shape_is_malformed(string timestamp, string signature)
    {
        var verifier = Verifier(out _);

        Assert.Equal(SlackSignatureCheck.Malformed, verifier.Verify(timestamp, signature, BodyBytes));
    }

    [Fact]
    public void Upper_case_hex_is_not_what_Slack_sends_and_does_not_match()
    {
        var verifier = Verifier(out _);

        Assert.Equal(SlackSignatureCheck.Mismatch, verifier.Verify("1531420618", "v0=" + Signature[3..].ToUpperInvariant(), BodyBytes));
    }

    [Fact]
    public void The_same_signed_request_is_taken_once_and_a_copy_is_a_replay()
    {
        var verifier = Verifier(out var clock);

        var first = verifier.Verify("1531420618", Signature, BodyBytes);
        clock.Advance(TimeSpan.FromSeconds(30));
        var copy = verifier.Verify("1531420618", Signature, BodyBytes);

        Assert.Equal(SlackSignatureCheck.Valid, first);
        Assert.Equal(SlackSignatureCheck.Replayed, copy);
    }

    [Fact]
    public void A_rejected_request_is_not_remembered_so_it_cannot_block_the_real_one()
    {
        var verifier = Verifier(out _);

        verifier.Verify("1531420618", Signature, Encoding.UTF8.GetBytes("tampered"));

        Assert.Equal(SlackSignatureCheck.Valid, verifier.Verify("1531420618", Signature, BodyBytes));
    }

    [Fact]
    public void Another_request_in_the_same_second_is_not_a_replay()
    {
        var verifier = Verifier(out _);
        var other = Encoding.UTF8.GetBytes(Body + "&x=1");
        var (_, otherSignature) = SlackSigner.Sign(Secret, Timestamp, other);

        Assert.Equal(SlackSignatureCheck.Valid, verifier.Verify("1531420618", Signature, BodyBytes));
        Assert.Equal(SlackSignatureCheck.Valid, verifier.Verify("1531420618", otherSignature, other));
    }

    [Fact]
    public void A_large_body_is_checked_as_well_as_a_small_one()
    {
        var verifier = Verifier(out _);
        var large = Encoding.UTF8.GetBytes("payload=" + new string('x', 40_000));
        var (_, signature) = SlackSigner.Sign(Secret, Timestamp, large);

        Assert.Equal(SlackSignatureCheck.Valid, verifier.Verify("1531420618", signature, large));
        Assert.Equal(SlackSignatureCheck.Mismatch, verifier.Verify("1531420618", signature, large.AsSpan(1)));
    }

    [Fact]
    public void Without_a_signing_secret_nothing_is_valid_not_even_a_request_signed_with_an_empty_key()
    {
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-1", AppToken = "xapp-1" });
        var verifier = new SlackRequestVerifier(options, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(Timestamp)));
        var (_, emptyKeySignature) = SlackSigner.Sign(string.Empty, Timestamp, Body);

        Assert.Equal(SlackSignatureCheck.Mismatch, verifier.Verify("1531420618", emptyKeySignature, BodyBytes));
    }

    private static SlackRequestVerifier Verifier(out FakeTimeProvider clock, long now = Timestamp)
    {
        clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(now));
        return new SlackRequestVerifier(Options.Create(new SlackOptions { SigningSecret = Secret }), clock);
    }
}
