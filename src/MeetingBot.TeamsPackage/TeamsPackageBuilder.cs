using System.IO.Compression;
using System.Text;
using MeetingBot.TeamsPackage.Icons;

namespace MeetingBot.TeamsPackage;

/// <summary>
/// Builds the Teams app package: a zip with exactly <c>manifest.json</c>, its translations (<c>ru.json</c>, named in
/// the manifest's <c>localizationInfo</c>), <c>color.png</c> and <c>outline.png</c> at its root, the manifest filled from
/// the template in <paramref name="manifestDirectory"/>.
/// </summary>
public sealed class TeamsPackageBuilder(string manifestDirectory)
{
    public const string ManifestFileName = "manifest.json";

    /// <summary>The manifest's strings in other languages, copied as they are (they hold no placeholders).</summary>
    public static IReadOnlyList<string> LocalizationFileNames { get; } = ["ru.json"];

    public static IReadOnlyList<string> EntryNames { get; } =
        [ManifestFileName, .. LocalizationFileNames, AppIcons.ColorFileName, AppIcons.OutlineFileName];

    /// <summary>Fixed entry time, so that the same inputs give the same zip.</summary>
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string BuildManifest(TeamsPackageSettings settings) =>
        ManifestTemplate.Fill(Encoding.UTF8.GetString(ReadSource(ManifestFileName)), settings);

    public byte[] BuildPackage(TeamsPackageSettings settings)
    {
        var manifest = Encoding.UTF8.GetBytes(BuildManifest(settings));
        var files = LocalizationFileNames.Concat([AppIcons.ColorFileName, AppIcons.OutlineFileName]).ToDictionary(name => name, ReadSource);

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(archive, ManifestFileName, manifest);
            foreach (var (name, bytes) in files)
            {
                AddEntry(archive, name, bytes);
            }
        }

        return zip.ToArray();
    }

    /// <summary>Writes the package to <paramref name="outputPath"/>; nothing is written if any check fails.</summary>
    public string WritePackage(TeamsPackageSettings settings, string outputPath)
    {
        var package = BuildPackage(settings);
        var fullPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllBytes(fullPath, package);
        return fullPath;
    }

    private byte[] ReadSource(string fileName)
    {
        var path = Path.Combine(manifestDirectory, fileName);
        if (!File.Exists(path))
        {
            throw new TeamsPackageException($"--manifest-dir: {path} does not exist; point it at the repository's manifest folder.");
        }

        return File.ReadAllBytes(path);
    }

    private static void AddEntry(ZipArchive archive, string name, byte[] content)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
