namespace MeetingBot.TeamsPackage.Icons;

/// <summary>An 8-bit-per-channel RGBA pixel buffer, rows top to bottom, no padding.</summary>
public sealed class RgbaImage
{
    public RgbaImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 4];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>R, G, B, A for each pixel in turn.</summary>
    public byte[] Pixels { get; }

    public void SetPixel(int x, int y, Rgba color)
    {
        var offset = (y * Width + x) * 4;
        Pixels[offset] = color.R;
        Pixels[offset + 1] = color.G;
        Pixels[offset + 2] = color.B;
        Pixels[offset + 3] = color.A;
    }
}
