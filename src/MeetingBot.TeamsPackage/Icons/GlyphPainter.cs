namespace MeetingBot.TeamsPackage.Icons;

/// <summary>Measures how much of each pixel the <see cref="CameraGlyph"/> covers, by supersampling.</summary>
public static class GlyphPainter
{
    private const int SamplesPerAxis = 8;

    /// <summary>Coverage (0 to 1) of pixel (<paramref name="px"/>, <paramref name="py"/>) when the glyph's
    /// design box is scaled by <paramref name="scale"/> and its top-left corner placed at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public static double Coverage(int px, int py, double left, double top, double scale)
    {
        var inside = 0;
        for (var sy = 0; sy < SamplesPerAxis; sy++)
        {
            for (var sx = 0; sx < SamplesPerAxis; sx++)
            {
                var x = (px + (sx + 0.5) / SamplesPerAxis - left) / scale;
                var y = (py + (sy + 0.5) / SamplesPerAxis - top) / scale;
                if (CameraGlyph.Contains(x, y))
                {
                    inside++;
                }
            }
        }

        return inside / (double)(SamplesPerAxis * SamplesPerAxis);
    }
}
