using System.Diagnostics;
using MeetingBot.Tests.Deployment;

namespace MeetingBot.Tests.Native;

/// <summary>
/// Publishes the bot the way the pipeline ships it (native AOT, linux-x64) once for the collection, so the tests
/// drive the very binary App Service runs rather than the JIT build the other tests host.
/// </summary>
public sealed class NativeBuild : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "meetingbot-native", Guid.NewGuid().ToString("N"));

    public string Executable => Path.Combine(Folder, "MeetingBot");

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet",
            ["publish", RepoPaths.Full("src/MeetingBot/MeetingBot.csproj"), "-c", "Release", "-r", "linux-x64", "-o", Folder, "-nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await publish.WaitForExitAsync(deadline.Token);
        if (publish.ExitCode != 0 || !File.Exists(Executable))
        {
            throw new InvalidOperationException($"Native publish failed ({publish.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Runs after every parallel collection and alone: the native compiler takes both cores for a minute or more.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeBuildCollection : ICollectionFixture<NativeBuild>
{
    public const string Name = "Native build";
}
