namespace MeetingBot.TrueConfSimulator;

/// <summary>Schedule of a conference (reference §6.3).</summary>
public sealed record ConferenceSchedule(ScheduleKind Kind)
{
    public static ConferenceSchedule None { get; } = new(ScheduleKind.None);

    /// <summary>One-time: Unix seconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>Seconds.</summary>
    public int? Duration { get; init; }

    /// <summary>Minutes from UTC.</summary>
    public int? TimeOffset { get; init; }

    /// <summary>Weekly: lower-case weekday names.</summary>
    public IReadOnlyList<string>? Days { get; init; }

    /// <summary>Weekly: <c>HH:MM</c>.</summary>
    public string? Time { get; init; }
}

/// <summary>v3 integers −1 / 0 / 1, v4 strings none / week / once.</summary>
public enum ScheduleKind
{
    None,
    Weekly,
    OneTime,
}
