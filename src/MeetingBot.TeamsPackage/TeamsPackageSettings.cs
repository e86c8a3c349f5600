namespace MeetingBot.TeamsPackage;

/// <summary>The values that turn the manifest template into a real manifest; already checked.</summary>
/// <param name="AppId">The bot's Microsoft App ID (Entra application id).</param>
/// <param name="BotHost">Public DNS name of the bot, lower case.</param>
/// <param name="TrueConfHost">DNS name of the TrueConf Server, lower case; <c>null</c> leaves it out of <c>validDomains</c>.</param>
/// <param name="Version">The app package version, MAJOR.MINOR.PATCH.</param>
public sealed record TeamsPackageSettings(Guid AppId, string BotHost, string? TrueConfHost, string Version)
{
    public const string DefaultVersion = "1.0.0";

    /// <summary>Checks raw input; throws <see cref="TeamsPackageException"/> naming the offending input.</summary>
    public static TeamsPackageSettings Create(string? appId, string? botHost, string? trueConfHost, string? version) =>
        new(
            PackageInputRules.AppId(appId, PackageInputNames.AppId),
            PackageInputRules.Host(botHost, PackageInputNames.BotHost),
            string.IsNullOrWhiteSpace(trueConfHost) ? null : PackageInputRules.Host(trueConfHost, PackageInputNames.TrueConfHost),
            PackageInputRules.Version(string.IsNullOrWhiteSpace(version) ? DefaultVersion : version, PackageInputNames.Version));
}
