using MeetingBot.TeamsPackage;

namespace MeetingBot.Tests.TeamsPackage;

public class TeamsPackageSettingsTests
{
    [Fact]
    public void Good_values_are_normalised()
    {
        var settings = TeamsPackageSettings.Create(" 3F0C9B1E-7A52-4D8E-9C41-0B6E2A7D5F18 ", "MeetingBot.Contoso.com", "Video.Contoso.com", null);

        Assert.Equal(new TeamsPackageSettings(Guid.Parse(TestManifest.AppId), "meetingbot.contoso.com", "video.contoso.com", "1.0.0"), settings);
    }

    [Theory]
    [InlineData(null, "is missing")]
    [InlineData("  ", "is missing")]
    [InlineData("not-a-guid", "'not-a-guid' is not a GUID")]
    [InlineData("{3f0c9b1e-7a52-4d8e-9c41-0b6e2a7d5f18}", "is not a GUID")]
    [InlineData("00000000-0000-0000-0000-000000000000", "all-zero GUID")]
    public void Bad_app_id_is_refused_naming_the_option_and_the_key(string? appId, string problem)
    {
        var error = Assert.Throws<TeamsPackageException>(() => TeamsPackageSettings.Create(appId, TestManifest.BotHost, null, null));

        Assert.StartsWith("--app-id (or MicrosoftAppId)", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "is missing")]
    [InlineData("https://meetingbot.contoso.com/", "not a bare host name")]
    [InlineData("meetingbot.contoso.com:443", "not a bare host name")]
    [InlineData("meetingbot", "not a DNS host name")]
    [InlineData("meeting_bot.contoso.com", "not a DNS host name")]
    [InlineData("-bot.contoso.com", "not a DNS host name")]
    [InlineData("10.0.0.7", "not a DNS host name")]
    public void Bad_bot_host_is_refused_naming_the_option(string? host, string problem)
    {
        var error = Assert.Throws<TeamsPackageException>(() => TeamsPackageSettings.Create(TestManifest.AppId, host, null, null));

        Assert.StartsWith("--bot-host", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_trueconf_host_is_refused_naming_the_option_and_the_key()
    {
        var error = Assert.Throws<TeamsPackageException>(() => TeamsPackageSettings.Create(TestManifest.AppId, TestManifest.BotHost, "https://video.contoso.com", null));

        Assert.StartsWith("--trueconf-host (or TrueConf__ServerUrl)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("01.0.0")]
    [InlineData("1.0.0-beta")]
    public void Bad_version_is_refused_naming_the_option(string version)
    {
        var error = Assert.Throws<TeamsPackageException>(() => TeamsPackageSettings.Create(TestManifest.AppId, TestManifest.BotHost, null, version));

        Assert.StartsWith($"--version: '{version}' is not a version", error.Message, StringComparison.Ordinal);
    }
}
