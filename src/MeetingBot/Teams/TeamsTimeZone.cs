using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Localization;

namespace MeetingBot.Teams;

/// <summary>
/// The sender's time zone as Teams tells it: the activity's <c>localTimezone</c>, else the <c>timezone</c> of its
/// <c>clientInfo</c> entity (reference §2). Only a zone this machine knows counts; anything else is no zone.
/// </summary>
internal static class TeamsTimeZone
{
    private const string ClientInfo = "clientInfo";

    /// <summary>The IANA name of the sender's zone (<c>Asia/Vladivostok</c>), or null when the activity names no known zone.</summary>
    public static string? Of(Activity activity)
    {
        if (Known(activity.LocalTimezone) is { } fromActivity)
        {
            return fromActivity;
        }

        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, ClientInfo, StringComparison.OrdinalIgnoreCase) &&
                entity.Timezone is { ValueKind: JsonValueKind.String } zone &&
                Known(zone.GetString()) is { } fromClient)
            {
                return fromClient;
            }
        }

        return null;
    }

    private static string? Known(string? name) => TextTimeZone.Find(name) is not null ? name!.Trim() : null;
}
