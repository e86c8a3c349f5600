using System.Text.RegularExpressions;

namespace MeetingBot.TeamsPackage;

/// <summary>
/// The tokens in <c>manifest/manifest.json</c>. They use the <c>${{NAME}}</c> form of the Microsoft 365 Agents
/// Toolkit, so the same template also works with that toolkit's environment files.
/// </summary>
public static partial class ManifestPlaceholders
{
    /// <summary>The bot's Microsoft App ID: both the Teams app <c>id</c> and <c>bots[0].botId</c>.</summary>
    public const string AppId = "${{MICROSOFT_APP_ID}}";

    /// <summary>The package version, MAJOR.MINOR.PATCH; raise it for every upload that changes the manifest.</summary>
    public const string AppVersion = "${{APP_VERSION}}";

    /// <summary>The public host name the bot is served from (developer URLs and <c>validDomains</c>).</summary>
    public const string BotDomain = "${{BOT_DOMAIN}}";

    /// <summary>The TrueConf Server host that the card's Join button opens (<c>validDomains</c>; optional).</summary>
    public const string TrueConfDomain = "${{TRUECONF_DOMAIN}}";

    /// <summary>Every <c>${{…}}</c> or <c>{{…}}</c> token still present in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> FindIn(string text) =>
        AnyToken().Matches(text).Select(match => match.Value).Distinct(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\$?\{\{[^{}]*\}\}")]
    private static partial Regex AnyToken();
}
