using MeetingBot.TeamsPackage.Icons;

namespace MeetingBot.TeamsPackage;

internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            switch (PackageCommandLine.Parse(args, Environment.GetEnvironmentVariable))
            {
                case BuildPackageRequest build:
                    var path = new TeamsPackageBuilder(build.ManifestDirectory).WritePackage(build.Settings, build.OutputPath);
                    Console.WriteLine($"Wrote {path} (app id {build.Settings.AppId}, version {build.Settings.Version}, bot host {build.Settings.BotHost}, " +
                        $"TrueConf host {build.Settings.TrueConfHost ?? "not set"}).");
                    return 0;
                case RenderIconsRequest icons:
                    AppIcons.WriteTo(icons.OutputDirectory);
                    Console.WriteLine($"Wrote {AppIcons.ColorFileName} and {AppIcons.OutlineFileName} to {Path.GetFullPath(icons.OutputDirectory)}.");
                    return 0;
                default:
                    Console.WriteLine(PackageCommandLine.Usage);
                    return 0;
            }
        }
        catch (TeamsPackageException exception)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return 2;
        }
    }
}
