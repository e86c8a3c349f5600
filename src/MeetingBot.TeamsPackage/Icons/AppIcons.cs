namespace MeetingBot.TeamsPackage.Icons;

/// <summary>
/// Draws the two icons the Teams manifest needs. Regenerate the committed files with
/// <c>dotnet run --project src/MeetingBot.TeamsPackage -- icons --output manifest</c>.
/// </summary>
public static class AppIcons
{
    /// <summary>The manifest's <c>accentColor</c>; also the background of the colour icon.</summary>
    public const string AccentColor = "#1E63D6";

    public const string ColorFileName = "color.png";
    public const string OutlineFileName = "outline.png";
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>192 × 192: a white camera, centred with a wide margin, on the accent colour.</summary>
    public static RgbaImage Color() => Paint(ColorSize, glyphWidth: 112, Rgba.FromHex(AccentColor),
        (background, coverage) => Rgba.White.Over(background, coverage));

    /// <summary>32 × 32: a white camera on a transparent background; only the alpha channel varies.</summary>
    public static RgbaImage Outline() => Paint(OutlineSize, glyphWidth: 28, Rgba.White with { A = 0 },
        (_, coverage) => Rgba.White with { A = (byte)Math.Round(255 * coverage) });

    public static void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, ColorFileName), PngEncoder.Encode(Color()));
        File.WriteAllBytes(Path.Combine(directory, OutlineFileName), PngEncoder.Encode(Outline()));
    }

    private static RgbaImage Paint(int size, double glyphWidth, Rgba background, Func<Rgba, double, Rgba> glyph)
    {
        var scale = glyphWidth / CameraGlyph.Width;
        var left = (size - glyphWidth) / 2;
        var top = (size - CameraGlyph.Height * scale) / 2;

        var image = new RgbaImage(size, size);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var coverage = GlyphPainter.Coverage(x, y, left, top, scale);
                image.SetPixel(x, y, coverage > 0 ? glyph(background, coverage) : background);
            }
        }

        return image;
    }
}
