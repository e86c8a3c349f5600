using System.Globalization;

namespace MeetingBot.Localization;

/// <summary>
/// Times the bot writes out itself (text a client shows where it cannot draw a time in each reader's zone), in the
/// zone of whom the text is for (<see cref="TextTimeZone"/>) and naming that zone, so a reader elsewhere is not misled.
/// </summary>
public static class TextTime
{
    /// <summary><c>19:00 UTC+10:00</c>.</summary>
    public static string Time(DateTimeOffset at) => Write(at, "HH:mm");

    /// <summary><c>2026-11-24 19:00 UTC+10:00</c>.</summary>
    public static string DateAndTime(DateTimeOffset at) => Write(at, "yyyy-MM-dd HH:mm");

    private static string Write(DateTimeOffset at, string format)
    {
        var zone = TextTimeZone.Current;
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return local.ToString(format, CultureInfo.InvariantCulture) + " " + ZoneName(zone, local);
    }

    // The zone as its offset at that moment (UTC+03:00), which reads the same in every language; UTC itself by name.
    private static string ZoneName(TimeZoneInfo zone, DateTimeOffset local) =>
        zone == TimeZoneInfo.Utc ? "UTC" : "UTC" + local.ToString("zzz", CultureInfo.InvariantCulture);
}
