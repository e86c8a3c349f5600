using System.Globalization;

namespace MeetingBot.TeamsPackage.Icons;

public readonly record struct Rgba(byte R, byte G, byte B, byte A = 255)
{
    public static Rgba White { get; } = new(255, 255, 255);

    /// <summary>Reads <c>#RRGGBB</c>, the form the Teams manifest uses for <c>accentColor</c>.</summary>
    public static Rgba FromHex(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{hex}' is not a colour of the form #RRGGBB.");
        }

        return new Rgba((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>This colour painted over <paramref name="background"/> with the given coverage (0 to 1).</summary>
    public Rgba Over(Rgba background, double coverage)
    {
        static byte Mix(byte front, byte back, double amount) => (byte)Math.Round(back + (front - back) * amount);

        return new Rgba(Mix(R, background.R, coverage), Mix(G, background.G, coverage), Mix(B, background.B, coverage), background.A);
    }
}
