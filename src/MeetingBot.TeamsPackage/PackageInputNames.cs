namespace MeetingBot.TeamsPackage;

/// <summary>How error messages name each input: the command-line option and, where there is one, the configuration key.</summary>
public static class PackageInputNames
{
    /// <summary>Same key as the bot's own configuration (<c>MicrosoftAppId</c>).</summary>
    public const string AppIdKey = "MicrosoftAppId";

    /// <summary>The bot's <c>TrueConf:ServerUrl</c> setting, as an environment variable.</summary>
    public const string TrueConfServerUrlKey = "TrueConf__ServerUrl";

    public const string AppId = "--app-id (or " + AppIdKey + ")";
    public const string BotHost = "--bot-host";
    public const string TrueConfHost = "--trueconf-host (or " + TrueConfServerUrlKey + ")";
    public const string Version = "--version";
}
