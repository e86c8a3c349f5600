using System.Diagnostics;

namespace MeetingBot.Telemetry;

/// <summary>The bot's own trace source; spans for each command sit under the ASP.NET Core and HttpClient spans.</summary>
public static class MeetingBotTracing
{
    public const string SourceName = "MeetingBot";

    public static readonly ActivitySource Source = new(SourceName);
}
