using Microsoft.IdentityModel.JsonWebTokens;

namespace MeetingBot.BotFramework.Auth;

/// <summary>
/// The lower-case <c>serviceurl</c> claim binds a token to the Connector endpoint the activity names, so a
/// stolen token cannot make the bot send its own outbound token to another host.
/// Compared as a whole string, case-insensitively (as botbuilder .NET does); no trailing-slash tolerance.
/// </summary>
internal static class ServiceUrlClaim
{
    public const string Name = "serviceurl";

    /// <summary>The claim's value, or <c>null</c> when the token has none (claim names are case-sensitive).</summary>
    public static string? Read(JsonWebToken token) =>
        token.TryGetPayloadValue(Name, out string? value) ? value : null;

    /// <returns><c>null</c> when the claim equals <paramref name="activityServiceUrl"/>, else a short failure reason.</returns>
    public static string? Check(string? claim, string? activityServiceUrl)
    {
        if (string.IsNullOrEmpty(claim))
        {
            return "token has no serviceurl claim";
        }

        return string.Equals(claim, activityServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : "serviceurl claim does not match the activity";
    }
}
