using System.Text.RegularExpressions;

namespace MeetingBot.TeamsPackage;

/// <summary>Checks one raw input each; messages start with the input's name and say what a good value looks like.</summary>
public static partial class PackageInputRules
{
    private const int MaxHostLength = 253;

    public static Guid AppId(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new TeamsPackageException(
                $"{name} is missing. Pass the bot's Microsoft App ID (the Entra app registration's Application (client) ID), a GUID.");
        }

        if (!Guid.TryParseExact(value.Trim(), "D", out var id))
        {
            throw new TeamsPackageException(
                $"{name}: '{value}' is not a GUID of the form 00000000-0000-0000-0000-000000000000.");
        }

        if (id == Guid.Empty)
        {
            throw new TeamsPackageException($"{name}: the all-zero GUID is not a real Microsoft App ID.");
        }

        return id;
    }

    public static string Host(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new TeamsPackageException($"{name} is missing. Pass a public host name such as bot.example.com.");
        }

        var host = value.Trim().ToLowerInvariant();
        if (host.Contains("://", StringComparison.Ordinal) || host.IndexOfAny(['/', ':', '?', '#', '@']) >= 0)
        {
            throw new TeamsPackageException(
                $"{name}: '{value}' is not a bare host name. Give only the name, such as bot.example.com (no https://, port or path).");
        }

        if (host.Length > MaxHostLength || !DnsName().IsMatch(host))
        {
            throw new TeamsPackageException(
                $"{name}: '{value}' is not a DNS host name. Use letters, digits, hyphens and dots, with at least one dot, such as bot.example.com.");
        }

        return host;
    }

    public static string Version(string value, string name)
    {
        var version = value.Trim();
        if (!SemanticVersion().IsMatch(version))
        {
            throw new TeamsPackageException(
                $"{name}: '{value}' is not a version of the form MAJOR.MINOR.PATCH, such as 1.0.0 (no leading zeros, no suffix).");
        }

        return version;
    }

    // Labels of 1–63 letters, digits and inner hyphens; at least two labels; the last one not all digits (no IP addresses).
    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?=[a-z0-9-]*[a-z])[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsName();

    [GeneratedRegex(@"^(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)$")]
    private static partial Regex SemanticVersion();
}
