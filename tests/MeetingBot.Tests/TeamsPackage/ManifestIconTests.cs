using MeetingBot.TeamsPackage.Icons;

namespace MeetingBot.Tests.TeamsPackage;

public class ManifestIconTests
{
    [Theory]
    [InlineData(AppIcons.ColorFileName, 192)]
    [InlineData(AppIcons.OutlineFileName, 32)]
    public void Icons_have_the_sizes_teams_requires(string fileName, int size)
    {
        var png = PngFile.ReadHeader(Read(fileName));

        Assert.Equal((size, size), (png.Width, png.Height));
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent()
    {
        var png = PngFile.Decode(Read(AppIcons.OutlineFileName));
        var pixels = Pixels(png).ToArray();

        Assert.All(pixels, pixel => Assert.True(pixel.A == 0 || (pixel.R, pixel.G, pixel.B) == (255, 255, 255), $"pixel {pixel} is neither white nor transparent"));
        Assert.Contains(pixels, pixel => pixel.A == 0);
        Assert.Contains(pixels, pixel => pixel.A == 255);
    }

    [Fact]
    public void Color_icon_is_opaque_with_a_white_glyph_on_the_accent_colour()
    {
        var png = PngFile.Decode(Read(AppIcons.ColorFileName));
        var accent = Rgba.FromHex(AppIcons.AccentColor);

        Assert.All(Pixels(png), pixel => Assert.Equal(255, pixel.A));
        Assert.Equal((accent.R, accent.G, accent.B, (byte)255), png.Pixel(0, 0));
        Assert.Equal((accent.R, accent.G, accent.B, (byte)255), png.Pixel(191, 191));
        Assert.Equal(((byte)255, (byte)255, (byte)255, (byte)255), png.Pixel(80, 96)); // inside the camera body
    }

    /// <summary>The committed files are what the generator draws, so they can always be regenerated.</summary>
    [Theory]
    [InlineData(AppIcons.ColorFileName)]
    [InlineData(AppIcons.OutlineFileName)]
    public void Committed_icons_match_the_generator(string fileName)
    {
        var generated = fileName == AppIcons.ColorFileName ? AppIcons.Color() : AppIcons.Outline();

        Assert.Equal(generated.Pixels, PngFile.Decode(Read(fileName)).Rgba);
    }

    [Fact]
    public void Crc32_gives_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
    }

    private static byte[] Read(string fileName) => File.ReadAllBytes(Path.Combine(TestManifest.Directory, fileName));

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(PngFile png)
    {
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                yield return png.Pixel(x, y);
            }
        }
    }
}
