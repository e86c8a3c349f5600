namespace MeetingBot.Tests.Deployment;

/// <summary>Locates the repository root (the folder holding MeetingBot.sln) from the test output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Infra => Path.Combine(Root, "infra");

    public static string Full(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>Every .bicep file under infra/, as repo-relative paths with forward slashes.</summary>
    public static IReadOnlyList<string> BicepFiles() =>
        Directory.EnumerateFiles(Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MeetingBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"MeetingBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
