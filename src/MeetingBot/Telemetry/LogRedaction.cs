namespace MeetingBot.Telemetry;

/// <summary>Shortens personal data before it reaches a log line.</summary>
public static class LogRedaction
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
}
