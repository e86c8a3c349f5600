using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using MeetingBot.TeamsPackage.Icons;

namespace MeetingBot.Tests.TeamsPackage;

/// <summary>
/// A PNG read back for tests, written independently of the tool's encoder: chunk CRCs checked, IHDR read,
/// IDAT inflated and un-filtered (all five filter types), 8-bit RGBA only — anything else fails loudly.
/// </summary>
internal sealed class PngFile
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngFile(int width, int height, byte bitDepth, byte colorType, byte[]? rgba)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    public byte ColorType { get; }

    /// <summary>R, G, B, A per pixel; <c>null</c> when only the header was read.</summary>
    public byte[]? Rgba { get; }

    /// <summary>Width and height from IHDR, without decoding the image.</summary>
    public static PngFile ReadHeader(byte[] png) => Read(png, decode: false);

    public static PngFile Decode(byte[] png) => Read(png, decode: true);

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = (y * Width + x) * 4;
        var pixels = Rgba ?? throw new InvalidOperationException("Only the header was read.");
        return (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]);
    }

    private static PngFile Read(byte[] png, bool decode)
    {
        Assert.True(png.AsSpan().StartsWith(Signature), "not a PNG signature");
        var offset = Signature.Length;
        int width = 0, height = 0;
        byte bitDepth = 0, colorType = 0;
        using var idat = new MemoryStream();
        var sawEnd = false;
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = png.AsSpan(offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(crc, Crc32.Compute(type, data));

            switch (Encoding.ASCII.GetString(type))
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    bitDepth = data[8];
                    colorType = data[9];
                    Assert.Equal(0, data[12]); // not interlaced
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
            }

            offset += 12 + length;
        }

        Assert.True(sawEnd, "no IEND chunk");
        return new PngFile(width, height, bitDepth, colorType, decode ? Unfilter(idat.ToArray(), width, height, bitDepth, colorType) : null);
    }

    private static byte[] Unfilter(byte[] compressed, int width, int height, byte bitDepth, byte colorType)
    {
        Assert.Equal(8, bitDepth);
        Assert.Equal(6, colorType); // truecolour with alpha

        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        const int bytesPerPixel = 4;
        var stride = width * bytesPerPixel;
        var raw = inflated.ToArray();
        Assert.Equal(height * (stride + 1), raw.Length);

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                int value = raw[y * (stride + 1) + 1 + i];
                int left = i >= bytesPerPixel ? pixels[y * stride + i - bytesPerPixel] : 0;
                int up = y > 0 ? pixels[(y - 1) * stride + i] : 0;
                int upLeft = y > 0 && i >= bytesPerPixel ? pixels[(y - 1) * stride + i - bytesPerPixel] : 0;
                pixels[y * stride + i] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + left,
                    2 => value + up,
                    3 => value + (left + up) / 2,
                    4 => value + Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Row {y} has unknown filter type {filter}."),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
