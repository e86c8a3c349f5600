namespace MeetingBot.Tests.Deployment;

/// <summary>Compiles infra/main.bicep once per test class into a temporary ARM template.</summary>
public sealed class CompiledTemplateFixture : IAsyncLifetime
{
    private DirectoryInfo? _dir;
    private ArmTemplate? _template;

    internal ArmTemplate Template => _template ?? throw new InvalidOperationException("Template not compiled.");

    public async Task InitializeAsync()
    {
        _dir = Directory.CreateTempSubdirectory("bicep-main-");
        var outFile = Path.Combine(_dir.FullName, "main.json");
        var run = await BicepCli.BuildAsync(RepoPaths.Full("infra/main.bicep"), outFile);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build infra/main.bicep failed: {run.Describe()}");
        }

        _template = ArmTemplate.Load(outFile);
    }

    public Task DisposeAsync()
    {
        _dir?.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
