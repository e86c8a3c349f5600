using System.Globalization;
using MeetingBot.TrueConfSimulator.Http;

namespace MeetingBot.TrueConfSimulator.Requests;

/// <summary>Reads <c>schedule</c>: v3 type −1 / 0 weekly / 1 one-time, v4 "none" / "week" / "once" (§6.3).</summary>
internal static class ScheduleReader
{
    private static readonly string[] Weekdays =
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static ConferenceSchedule? Read(FieldReader fields, ApiVersion version)
    {
        if (fields.Object("schedule") is not { } schedule)
        {
            return null;
        }

        schedule.Require("type");
        var kind = version.IsV4 ? ReadV4Kind(schedule) : ReadV3Kind(schedule);
        return kind switch
        {
            ScheduleKind.OneTime => ReadOneTime(schedule, version),
            ScheduleKind.Weekly => ReadWeekly(schedule, version),
            ScheduleKind.None => ConferenceSchedule.None,
            _ => null,
        };
    }

    private static ScheduleKind? ReadV3Kind(FieldReader schedule)
    {
        switch (schedule.Int("type"))
        {
            case null:
                return null;
            case -1:
                return ScheduleKind.None;
            case 0:
                return ScheduleKind.Weekly;
            case 1:
                return ScheduleKind.OneTime;
            default:
                schedule.Invalid("type", "-1 (none), 0 (weekly) or 1 (one-time) is expected.");
                return null;
        }
    }

    private static ScheduleKind? ReadV4Kind(FieldReader schedule)
    {
        switch (schedule.String("type"))
        {
            case null:
                return null;
            case "none":
                return ScheduleKind.None;
            case "week":
                return ScheduleKind.Weekly;
            case "once":
                return ScheduleKind.OneTime;
            default:
                schedule.Invalid("type", "'none', 'week' or 'once' is expected.");
                return null;
        }
    }

    private static ConferenceSchedule ReadOneTime(FieldReader schedule, ApiVersion version)
    {
        schedule.Require("start_time");
        schedule.Require("duration");
        var duration = schedule.Int("duration");
        if (duration is <= 0)
        {
            schedule.Invalid("duration", "a positive number of seconds is expected.");
        }

        return new ConferenceSchedule(ScheduleKind.OneTime)
        {
            StartTime = schedule.Long("start_time"),
            Duration = duration,
            TimeOffset = schedule.Int(version.IsV4 ? "special_time_offset" : "time_offset"),
        };
    }

    private static ConferenceSchedule ReadWeekly(FieldReader schedule, ApiVersion version)
    {
        schedule.Require("days");
        schedule.Require("time");
        var days = schedule.Strings("days");
        if (days is not null && (days.Count == 0 || days.Any(day => !Weekdays.Contains(day.ToLowerInvariant()))))
        {
            schedule.Invalid("days", "weekday names such as 'monday' are expected.");
        }

        var time = schedule.String("time");
        if (time is not null &&
            !TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            schedule.Invalid("time", "'HH:MM' is expected.");
        }

        return new ConferenceSchedule(ScheduleKind.Weekly)
        {
            Days = days?.Select(day => day.ToLowerInvariant()).ToArray(),
            Time = time,
            Duration = schedule.Int("duration"),
            TimeOffset = schedule.Int(version.IsV4 ? "special_time_offset" : "time_offset"),
        };
    }
}
