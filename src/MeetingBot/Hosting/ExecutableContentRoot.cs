namespace MeetingBot.Hosting;

/// <summary>
/// Makes the executable's folder the content root, where <c>appsettings.json</c> and relative paths such as
/// <c>Storage:SqlitePath</c> are found. The default, the working directory, lets a systemd unit, a container with
/// another working directory or <c>./out/MeetingBot</c> started from elsewhere run silently without its settings.
/// A content root set explicitly (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>, as
/// the test host does) still wins.
/// </summary>
public static class ExecutableContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsSetExplicitly(args) ? null : AppContext.BaseDirectory,
    };

    private static bool IsSetExplicitly(string[] args)
    {
        // The same sources, in the same order, as the host reads its own settings from.
        var hostSettings = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build();
        return !string.IsNullOrWhiteSpace(hostSettings[HostDefaults.ContentRootKey]);
    }
}
