using System.IO.Compression;
using System.Text;
using MeetingBot.TeamsPackage;
using MeetingBot.TeamsPackage.Icons;

namespace MeetingBot.Tests.TeamsPackage;

public sealed class TeamsPackageBuilderTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("meetingbot-teams-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Package_holds_exactly_the_manifest_its_russian_strings_and_the_two_icons_at_its_root()
    {
        using var zip = Open(TestManifest.Builder().BuildPackage(TestManifest.Settings()));

        Assert.Equal(["color.png", "manifest.json", "outline.png", "ru.json"], zip.Entries.Select(entry => entry.FullName).Order());
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestManifest.Directory, "ru.json")), Bytes(zip, "ru.json"));
    }

    [Fact]
    public void Package_manifest_is_the_filled_manifest_and_the_icons_are_the_committed_files()
    {
        using var zip = Open(TestManifest.Builder().BuildPackage(TestManifest.Settings()));

        Assert.Equal(TestManifest.FilledJson(), Encoding.UTF8.GetString(Bytes(zip, "manifest.json")));
        foreach (var icon in new[] { AppIcons.ColorFileName, AppIcons.OutlineFileName })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(TestManifest.Directory, icon)), Bytes(zip, icon));
        }
    }

    [Theory]
    [InlineData(TestManifest.TrueConfHost)]
    [InlineData(null)]
    public void No_placeholder_is_left_in_the_package(string? trueConfHost)
    {
        using var zip = Open(TestManifest.Builder().BuildPackage(TestManifest.Settings(trueConfHost)));
        var manifest = Encoding.UTF8.GetString(Bytes(zip, "manifest.json"));

        Assert.DoesNotContain("{{", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_placeholder_in_the_template_is_refused_and_nothing_is_written()
    {
        var manifestDir = CopyManifestWith(template => template.Replace("\"MeetingBot\"", "\"${{DEVELOPER_NAME}}\"", StringComparison.Ordinal));
        var output = Path.Combine(_temp, "out", "package.zip");

        var error = Assert.Throws<TeamsPackageException>(() => new TeamsPackageBuilder(manifestDir).WritePackage(TestManifest.Settings(), output));

        Assert.Contains("${{DEVELOPER_NAME}}", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Missing_manifest_folder_is_named_in_the_error()
    {
        var error = Assert.Throws<TeamsPackageException>(() => new TeamsPackageBuilder(Path.Combine(_temp, "nowhere")).BuildPackage(TestManifest.Settings()));

        Assert.StartsWith("--manifest-dir:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_is_written_to_the_output_path_and_is_reproducible()
    {
        var output = Path.Combine(_temp, "artifacts", "meetingbot-teams.zip");

        var written = TestManifest.Builder().WritePackage(TestManifest.Settings(), output);

        Assert.Equal(output, written);
        Assert.Equal(TestManifest.Builder().BuildPackage(TestManifest.Settings()), File.ReadAllBytes(output));
    }

    private string CopyManifestWith(Func<string, string> edit)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_temp, "manifest")).FullName;
        foreach (var name in TeamsPackageBuilder.EntryNames)
        {
            File.Copy(Path.Combine(TestManifest.Directory, name), Path.Combine(dir, name));
        }

        var manifestPath = Path.Combine(dir, TeamsPackageBuilder.ManifestFileName);
        File.WriteAllText(manifestPath, edit(File.ReadAllText(manifestPath)));
        return dir;
    }

    private static ZipArchive Open(byte[] package) => new(new MemoryStream(package), ZipArchiveMode.Read);

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
