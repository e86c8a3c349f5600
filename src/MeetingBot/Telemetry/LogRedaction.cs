using System.Text.RegularExpressions;

namespace MeetingBot.Telemetry;

/// <summary>Shortens personal data before it reaches a log line.</summary>
public static partial class LogRedaction
{
    /// <summary><c>kevin.smith@contoso.com</c> → <c>k***@contoso.com</c>; anything else without an @ is masked whole.</summary>
    public static string MaskEmail(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return string.Empty;
        }

        var at = email.IndexOf('@');
        return at <= 0 ? "***" : string.Concat(email.AsSpan(0, 1), "***", email.AsSpan(at));
    }

    /// <summary>True when <paramref name="text"/> may hold an e-mail address, plain or URL-encoded (<c>%40</c>).</summary>
    public static bool MayContainEmail(string? text) =>
        text is not null && (text.Contains('@') || text.Contains("%40", StringComparison.Ordinal));

    /// <summary>Every e-mail address in <paramref name="text"/>, plain or URL-encoded as in a query string, masked.</summary>
    public static string MaskEmailsIn(string text) =>
        MayContainEmail(text) ? EmailAddress().Replace(text, match => MaskEmail(match.Groups["local"].Value + "@" + match.Groups["domain"].Value)) : text;

    // Letters and digits of any script: Cyrillic addresses (иван@пример.рф) are addresses too.
    [GeneratedRegex(@"(?<local>[\p{L}\p{N}._%+\-]+)(?:@|%40)(?<domain>[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
