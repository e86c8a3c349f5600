using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.TrueConf.SignIn;

/// <summary>The random values of one sign-in and what is derived from them (RFC 7636 S256).</summary>
internal static class SignInSecrets
{
    /// <summary>32 random bytes, base64url: a state value or a PKCE verifier (43 characters, inside RFC 7636's 43–128).</summary>
    public static string NewRandom() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string CodeChallenge(string codeVerifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)));

    /// <summary>The state is stored only as a hash: a copy of the database does not let anyone finish someone's sign-in.</summary>
    public static string StateHash(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
