namespace MeetingBot.TeamsPackage;

/// <summary>
/// Reads the arguments: <c>[package] --app-id … --bot-host … [--trueconf-host …] [--version …] [--output …]
/// [--manifest-dir …]</c>, or <c>icons [--output dir]</c>. Options win over the environment variables
/// <c>MicrosoftAppId</c> and <c>TrueConf__ServerUrl</c> (the bot's own configuration keys).
/// </summary>
public static class PackageCommandLine
{
    public const string DefaultOutput = "artifacts/meetingbot-teams.zip";

    public const string Usage = """
        Builds the MeetingBot Teams app package (manifest.json, color.png, outline.png in one zip).

        Usage:
          MeetingBot.TeamsPackage [package] --app-id <guid> --bot-host <host> [--trueconf-host <host>]
                                  [--version 1.0.0] [--output artifacts/meetingbot-teams.zip] [--manifest-dir <dir>]
          MeetingBot.TeamsPackage icons [--output <dir>]     redraw color.png and outline.png

        Options:
          --app-id         The bot's Microsoft App ID (GUID); default: environment variable MicrosoftAppId.
          --bot-host       Public host name of the bot, e.g. meetingbot.contoso.com.
          --trueconf-host  Host of the TrueConf Server that the Join button opens; default: the host of the
                           environment variable TrueConf__ServerUrl; left out of validDomains when neither is set.
          --version        App package version, MAJOR.MINOR.PATCH (default 1.0.0); raise it for every re-upload.
          --output         Zip to write (default artifacts/meetingbot-teams.zip), or folder for icons.
          --manifest-dir   Folder with the manifest template and icons (default: the copy next to the tool).
        """;

    private static readonly string[] PackageOptions = ["--app-id", "--bot-host", "--trueconf-host", "--version", "--output", "--manifest-dir"];
    private static readonly string[] IconOptions = ["--output"];

    public static CommandLineRequest Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var verbGiven = args.Count > 0 && !args[0].StartsWith('-');
        var verb = verbGiven ? args[0] : "package";
        IReadOnlyList<string> rest = verbGiven ? args.Skip(1).ToArray() : args;
        if (verb == "help" || args.Any(arg => arg is "--help" or "-h"))
        {
            return new ShowHelpRequest();
        }

        return verb switch
        {
            "package" => Package(ReadOptions(rest, PackageOptions), environment),
            "icons" => new RenderIconsRequest(ReadOptions(rest, IconOptions).GetValueOrDefault("--output") ?? "manifest"),
            _ => throw new TeamsPackageException($"Unknown command '{verb}'. Use 'package' (the default) or 'icons'; --help lists the options."),
        };
    }

    private static BuildPackageRequest Package(Dictionary<string, string> options, Func<string, string?> environment)
    {
        var appId = options.GetValueOrDefault("--app-id") ?? environment(PackageInputNames.AppIdKey);
        var trueConfHost = options.GetValueOrDefault("--trueconf-host") ?? HostOf(environment(PackageInputNames.TrueConfServerUrlKey));
        var settings = TeamsPackageSettings.Create(appId, options.GetValueOrDefault("--bot-host"), trueConfHost, options.GetValueOrDefault("--version"));

        return new BuildPackageRequest(
            settings,
            options.GetValueOrDefault("--output") ?? DefaultOutput,
            options.GetValueOrDefault("--manifest-dir") ?? Path.Combine(AppContext.BaseDirectory, "manifest"));
    }

    /// <summary>The bot configures TrueConf as a URL (<c>TrueConf:ServerUrl</c>); the manifest needs its host.</summary>
    private static string? HostOf(string? serverUrl)
    {
        if (string.IsNullOrWhiteSpace(serverUrl))
        {
            return null;
        }

        if (!Uri.TryCreate(serverUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new TeamsPackageException(
                $"{PackageInputNames.TrueConfServerUrlKey}: '{serverUrl}' is not an http(s) URL; set it like https://video.example.com or pass --trueconf-host.");
        }

        return uri.Host;
    }

    private static Dictionary<string, string> ReadOptions(IReadOnlyList<string> args, string[] known)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = SplitOption(args[i]);
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw new TeamsPackageException($"Unknown option '{args[i]}'. Known options: {string.Join(", ", known)}; --help explains them.");
            }

            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new TeamsPackageException($"{name} needs a value, e.g. {name} <value>.");
                }

                value = args[++i];
            }

            if (!options.TryAdd(name, value))
            {
                throw new TeamsPackageException($"{name} is given twice; give it once.");
            }
        }

        return options;
    }

    private static (string Name, string? Value) SplitOption(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }
}
