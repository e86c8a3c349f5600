using System.Globalization;

namespace MeetingBot.Teams;

/// <summary>Times on cards as Adaptive Card date functions, so each reader sees their own time zone.</summary>
internal static class CardTime
{
    public static string Time(DateTimeOffset at) => $"{{{{TIME({Utc(at)})}}}}";

    public static string DateAndTime(DateTimeOffset at) => $"{{{{DATE({Utc(at)}, SHORT)}}}} {{{{TIME({Utc(at)})}}}}";

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
