using System.Globalization;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// A running meeting as the running hash keeps it for the watcher: <c>start\nbackend\nconference id\nchecked at</c>
/// (times in Unix milliseconds, checked at empty when never). The update script writes the same shape.
/// </summary>
internal static class RedisRunningEntry
{
    public static string Format(MeetingRecord meeting) =>
        string.Join('\n', RedisMeetingHash.Millis(meeting.StartedAt), meeting.Backend, meeting.ConferenceId, RedisMeetingHash.Millis(meeting.CheckedAt) ?? "");

    /// <summary>The meeting of an entry, with its start to order the list by.</summary>
    public static (long StartedAt, RunningMeeting Meeting) Parse(string requestKey, string entry)
    {
        var parts = entry.Split('\n');
        var checkedAt = parts[^1].Length == 0 ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[^1], CultureInfo.InvariantCulture));
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), new RunningMeeting(requestKey, parts[1], string.Join('\n', parts[2..^1]), checkedAt));
    }
}
