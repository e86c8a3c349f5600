namespace MeetingBot.TeamsPackage.Icons;

/// <summary>
/// A video camera seen from the side, in a 100 × 56 design box: a rounded body on the left and a lens cone
/// widening to the right, with a small gap between them.
/// </summary>
public static class CameraGlyph
{
    public const double Width = 100;
    public const double Height = 56;

    private const double BodyRight = 70;
    private const double BodyRadius = 11;
    private const double LensLeft = 76;
    private const double LensInnerTop = 17;
    private const double LensInnerBottom = 39;
    private const double LensOuterTop = 3;
    private const double LensOuterBottom = 53;

    public static bool Contains(double x, double y) => InBody(x, y) || InLens(x, y);

    private static bool InBody(double x, double y)
    {
        if (x < 0 || x > BodyRight || y < 0 || y > Height)
        {
            return false;
        }

        // Outside the rounded corners means farther than the radius from the nearest corner centre.
        var cx = Math.Clamp(x, BodyRadius, BodyRight - BodyRadius);
        var cy = Math.Clamp(y, BodyRadius, Height - BodyRadius);
        var dx = x - cx;
        var dy = y - cy;
        return dx * dx + dy * dy <= BodyRadius * BodyRadius;
    }

    private static bool InLens(double x, double y)
    {
        if (x < LensLeft || x > Width)
        {
            return false;
        }

        var t = (x - LensLeft) / (Width - LensLeft);
        var top = LensInnerTop + (LensOuterTop - LensInnerTop) * t;
        var bottom = LensInnerBottom + (LensOuterBottom - LensInnerBottom) * t;
        return y >= top && y <= bottom;
    }
}
