using MeetingBot.TeamsPackage;

namespace MeetingBot.Tests.TeamsPackage;

public class PackageCommandLineTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Options_become_settings_output_and_manifest_folder()
    {
        var request = Parse(["--app-id", TestManifest.AppId, "--bot-host", TestManifest.BotHost, "--trueconf-host", TestManifest.TrueConfHost,
            "--version=2.0.1", "--output", "out/app.zip", "--manifest-dir", "somewhere"]);

        Assert.Equal(new TeamsPackageSettings(Guid.Parse(TestManifest.AppId), TestManifest.BotHost, TestManifest.TrueConfHost, "2.0.1"), request.Settings);
        Assert.Equal(("out/app.zip", "somewhere"), (request.OutputPath, request.ManifestDirectory));
    }

    [Fact]
    public void Defaults_are_the_artifacts_zip_and_the_manifest_copy_next_to_the_tool()
    {
        var request = Parse(["package", "--app-id", TestManifest.AppId, "--bot-host", TestManifest.BotHost]);

        Assert.Equal("artifacts/meetingbot-teams.zip", request.OutputPath);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "manifest"), request.ManifestDirectory);
        Assert.Null(request.Settings.TrueConfHost);
        Assert.Equal("1.0.0", request.Settings.Version);
    }

    [Fact]
    public void App_id_and_trueconf_host_come_from_the_bots_configuration_keys()
    {
        var environment = Environment(("MicrosoftAppId", TestManifest.AppId), ("TrueConf__ServerUrl", "https://video.contoso.com:4307/"));

        var request = Parse(["--bot-host", TestManifest.BotHost], environment);

        Assert.Equal((Guid.Parse(TestManifest.AppId), "video.contoso.com"), (request.Settings.AppId, request.Settings.TrueConfHost));
    }

    [Fact]
    public void Options_win_over_the_environment()
    {
        var environment = Environment(("MicrosoftAppId", "not-a-guid"), ("TrueConf__ServerUrl", "not a url"));

        var request = Parse(["--app-id", TestManifest.AppId, "--bot-host", TestManifest.BotHost, "--trueconf-host", TestManifest.TrueConfHost], environment);

        Assert.Equal((Guid.Parse(TestManifest.AppId), TestManifest.TrueConfHost), (request.Settings.AppId, request.Settings.TrueConfHost));
    }

    [Fact]
    public void Missing_app_id_names_the_option_and_the_key()
    {
        var error = Assert.Throws<TeamsPackageException>(() => Parse(["--bot-host", TestManifest.BotHost]));

        Assert.Equal("--app-id (or MicrosoftAppId) is missing. Pass the bot's Microsoft App ID (the Entra app registration's Application (client) ID), a GUID.", error.Message);
    }

    [Fact]
    public void Bad_trueconf_server_url_names_the_key()
    {
        var environment = Environment(("TrueConf__ServerUrl", "video.contoso.com"));

        var error = Assert.Throws<TeamsPackageException>(() => Parse(["--app-id", TestManifest.AppId, "--bot-host", TestManifest.BotHost], environment));

        Assert.StartsWith("TrueConf__ServerUrl: 'video.contoso.com' is not an http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--app-id" }, "--app-id needs a value")]
    [InlineData(new[] { "--app-id", "--bot-host", "x.example.com" }, "--app-id needs a value")]
    [InlineData(new[] { "--appid", "x" }, "Unknown option '--appid'")]
    [InlineData(new[] { "--bot-host", "a.example.com", "--bot-host", "b.example.com" }, "--bot-host is given twice")]
    [InlineData(new[] { "publish" }, "Unknown command 'publish'")]
    public void Malformed_arguments_are_explained(string[] args, string message)
    {
        var error = Assert.Throws<TeamsPackageException>(() => PackageCommandLine.Parse(args, NoEnvironment));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Icons_command_defaults_to_the_manifest_folder()
    {
        Assert.Equal(new RenderIconsRequest("manifest"), PackageCommandLine.Parse(["icons"], NoEnvironment));
        Assert.Equal(new RenderIconsRequest("elsewhere"), PackageCommandLine.Parse(["icons", "--output", "elsewhere"], NoEnvironment));
    }

    [Fact]
    public void Help_is_shown_on_request()
    {
        Assert.IsType<ShowHelpRequest>(PackageCommandLine.Parse(["--help"], NoEnvironment));
    }

    private static BuildPackageRequest Parse(string[] args, Func<string, string?>? environment = null) =>
        Assert.IsType<BuildPackageRequest>(PackageCommandLine.Parse(args, environment ?? NoEnvironment));

    private static Func<string, string?> Environment(params (string Key, string Value)[] values) =>
        key => values.Where(pair => pair.Key == key).Select(pair => pair.Value).FirstOrDefault();
}
