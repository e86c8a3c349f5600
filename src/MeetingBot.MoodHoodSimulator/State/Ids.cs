using System.Security.Cryptography;

namespace MeetingBot.MoodHoodSimulator;

/// <summary>The shapes of MoodHood's identifiers: 24-hex object ids, short room aliases, opaque tokens.</summary>
internal static class Ids
{
    private const string AliasAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string NewObjectId() => RandomNumberGenerator.GetHexString(24, lowercase: true);

    /// <summary>About ten characters, as in the vendor's links (reference §3).</summary>
    public static string NewAlias() => RandomNumberGenerator.GetString(AliasAlphabet, 10);

    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool IsObjectId(string? value) =>
        value is { Length: 24 } && value.All(char.IsAsciiHexDigitLower);
}
