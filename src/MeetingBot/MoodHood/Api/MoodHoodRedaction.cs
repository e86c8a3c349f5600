using System.Text.RegularExpressions;

namespace MeetingBot.MoodHood.Api;

/// <summary>
/// Takes secrets out of text that came from MoodHood before it reaches a log or a user: the bot's own token and
/// credentials (a server may echo what it refused), link access tokens, and e-mail addresses.
/// </summary>
internal static partial class MoodHoodRedaction
{
    private const string Hidden = "***";

    public static string? Clean(string? text, IEnumerable<string?> secrets)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in secrets)
        {
            // Very short values would blank ordinary words; real tokens and secrets are long.
            if (secret is { Length: >= 6 })
            {
                text = text.Replace(secret, Hidden, StringComparison.Ordinal);
            }
        }

        text = AccessTokenParameter().Replace(text, "$1" + Hidden);
        text = BearerValue().Replace(text, "Bearer " + Hidden);
        return Telemetry.LogRedaction.MaskEmailsIn(text);
    }

    [GeneratedRegex(@"((?:access|refresh)_?[Tt]oken=)[^&\s""']+")]
    private static partial Regex AccessTokenParameter();

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9\-_\.~+/=]+")]
    private static partial Regex BearerValue();
}
