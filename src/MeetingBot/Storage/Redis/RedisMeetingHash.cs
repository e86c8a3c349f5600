using System.Globalization;
using StackExchange.Redis;

namespace MeetingBot.Storage.Redis;

/// <summary>
/// A <see cref="MeetingRecord"/> as the fields of a Redis hash: a null value is an absent field, times are Unix
/// milliseconds, lists are lines (as the SQLite store keeps them). The scripts read and change some fields by name.
/// </summary>
internal static class RedisMeetingHash
{
    public const string Running = "0";
    public const string Ended = "1";

    /// <summary>The fields and values of a new record, in <c>HSET</c> order.</summary>
    public static IEnumerable<RedisValue> Fields(MeetingRecord meeting)
    {
        IEnumerable<(string Field, string? Value)> fields =
        [
            ("conference", meeting.ConferenceId),
            ("backend", meeting.Backend),
            ("topic", meeting.Topic),
            ("owner", meeting.OwnerId),
            ("invitees", string.Join('\n', meeting.InviteeIds)),
            // The invitees' ids case-folded, so the scripts add an invitee only when no stored one equals it ignoring case.
            ("inviteeFolds", string.Join('\n', meeting.InviteeIds.Select(Fold))),
            ("join", meeting.JoinUrl),
            ("page", meeting.PageUrl),
            ("channel", meeting.Channel),
            ("conversation", meeting.ConversationId),
            ("startedBy", meeting.StartedByChatUserId),
            ("key", meeting.RequestKey),
            ("startedAt", Millis(meeting.StartedAt)),
            ("card", meeting.CardMessageId),
            ("address", meeting.ServiceAddress),
            ("tenant", meeting.TenantId),
            ("replyTo", meeting.ReplyToId),
            ("state", meeting.State == MeetingState.Running ? Running : Ended),
            ("endedAt", Millis(meeting.EndedAt)),
            ("participants", meeting.ParticipantCount?.ToString(CultureInfo.InvariantCulture)),
            ("guest", meeting.GuestUrl),
            ("reminded", meeting.OwnerReminded ? "1" : "0"),
            ("checkedAt", Millis(meeting.CheckedAt)),
            ("ownerName", meeting.OwnerName),
            ("inviteeNames", meeting.InviteeNames is { } names ? string.Join('\n', names) : null),
            ("language", meeting.Language),
        ];
        foreach (var (field, value) in fields.Where(pair => pair.Value is not null))
        {
            yield return field;
            yield return value;
        }
    }

    /// <summary>The record of <c>HGETALL</c>'s answer, or null when the hash does not exist.</summary>
    public static MeetingRecord? Read(HashEntry[] entries) =>
        entries.Length == 0 ? null : Read(entries.ToDictionary(entry => entry.Name.ToString(), entry => entry.Value.ToString(), StringComparer.Ordinal));

    /// <summary>The record of a script's <c>HGETALL</c> answer (a flat field/value array), or null when empty.</summary>
    public static MeetingRecord? Read(RedisResult hash)
    {
        var values = (RedisValue[])hash!;
        if (values.Length == 0)
        {
            return null;
        }

        var fields = new Dictionary<string, string>(values.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < values.Length; i += 2)
        {
            fields[values[i].ToString()] = values[i + 1].ToString();
        }

        return Read(fields);
    }

    /// <summary>How an invitee's id is compared: <see cref="StringComparer.OrdinalIgnoreCase"/>, as the SQLite store does.</summary>
    public static string Fold(string id) => id.ToUpperInvariant();

    public static string? Millis(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static MeetingRecord Read(Dictionary<string, string> fields) => new(
        ConferenceId: fields["conference"],
        Backend: fields["backend"],
        Topic: fields["topic"],
        OwnerId: fields["owner"],
        InviteeIds: Lines(fields["invitees"]),
        JoinUrl: fields["join"],
        PageUrl: fields.GetValueOrDefault("page"),
        Channel: fields["channel"],
        ConversationId: fields["conversation"],
        StartedByChatUserId: fields["startedBy"],
        RequestKey: fields["key"],
        StartedAt: Time(fields["startedAt"]),
        CardMessageId: fields.GetValueOrDefault("card"),
        ServiceAddress: fields["address"],
        TenantId: fields.GetValueOrDefault("tenant"),
        ReplyToId: fields.GetValueOrDefault("replyTo"),
        // Any state other than running is taken as ended (as the SQLite store does): never watched forever.
        State: fields["state"] == Running ? MeetingState.Running : MeetingState.Ended,
        EndedAt: NullableTime(fields.GetValueOrDefault("endedAt")),
        ParticipantCount: fields.GetValueOrDefault("participants") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : null,
        GuestUrl: fields.GetValueOrDefault("guest"),
        OwnerReminded: fields.GetValueOrDefault("reminded") == "1",
        CheckedAt: NullableTime(fields.GetValueOrDefault("checkedAt")),
        OwnerName: fields.GetValueOrDefault("ownerName"),
        InviteeNames: fields.GetValueOrDefault("inviteeNames") is { } names ? Lines(names) : null,
        Language: fields.GetValueOrDefault("language"));

    private static string[] Lines(string joined) => joined.Length == 0 ? [] : joined.Split('\n');

    private static DateTimeOffset Time(string millis) => DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(millis, CultureInfo.InvariantCulture));

    private static DateTimeOffset? NullableTime(string? millis) => millis is null ? null : Time(millis);
}
