using MeetingBot.BotFramework.Auth;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.BotFramework.Auth;

public sealed class BearerTokenTests
{
    private static readonly string Jwt = CreateJwt(keyId: "key-1");

    [Theory]
    [InlineData(null, "missing Authorization header")]
    [InlineData("", "missing Authorization header")]
    [InlineData("   ", "missing Authorization header")]
    [InlineData("Bearer", "Authorization header must have exactly two parts")]
    [InlineData("Bearer a b", "Authorization header must have exactly two parts")]
    [InlineData("Bearer not-a-jwt", "bearer token is not a JWT")]
    [InlineData("Bearer a.b.c", "bearer token is not a JWT")]
    public void Rejects_malformed_headers(string? header, string reason)
    {
        Assert.False(BearerToken.TryParse(header, out BearerToken? token, out string? failure));
        Assert.Null(token);
        Assert.Equal(reason, failure);
    }

    [Theory]
    [InlineData("Basic {0}")]
    [InlineData("Token {0}")]
    public void Rejects_other_schemes(string format)
    {
        Assert.False(BearerToken.TryParse(string.Format(format, Jwt), out _, out string? failure));
        Assert.Equal("Authorization scheme is not Bearer", failure);
    }

    [Fact]
    public void Rejects_a_token_split_into_three_parts()
    {
        Assert.False(BearerToken.TryParse($"Bearer {Jwt} extra", out _, out string? failure));
        Assert.Equal("Authorization header must have exactly two parts", failure);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    public void Accepts_the_scheme_in_any_case_and_reads_the_unverified_issuer(string scheme)
    {
        Assert.True(BearerToken.TryParse($"{scheme} {Jwt}", out BearerToken? token, out _));
        Assert.Equal(Jwt, token.Value);
        Assert.Equal("https://issuer.example", token.UnverifiedIssuer);
    }

    [Fact]
    public void Rejects_a_token_without_issuer()
    {
        string noIssuer = TestChannelIssuer.WithTamperedClaim(Jwt, "iss", "");
        Assert.False(BearerToken.TryParse("Bearer " + noIssuer, out _, out string? failure));
        Assert.Equal("token has no issuer", failure);
    }

    [Fact]
    public void Rejects_a_token_that_names_no_key()
    {
        Assert.False(BearerToken.TryParse("Bearer " + CreateJwt(keyId: null), out _, out string? failure));
        Assert.Equal("token has no kid", failure);
    }

    private static string CreateJwt(string? keyId)
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var key = new Microsoft.IdentityModel.Tokens.RsaSecurityKey(rsa) { KeyId = keyId };
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(
            new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
            {
                Issuer = "https://issuer.example",
                Audience = "x",
                SigningCredentials = new(key, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256),
            });
    }
}
