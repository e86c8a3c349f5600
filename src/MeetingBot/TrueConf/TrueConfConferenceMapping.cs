using System.Text.Json;
using MeetingBot.Conferencing;
using MeetingBot.TrueConf.Errors;
using MeetingBot.TrueConf.Wire;

namespace MeetingBot.TrueConf;

/// <summary>TrueConf's conference, participant and invitation objects in the backend-neutral shapes.</summary>
internal static class TrueConfConferenceMapping
{
    public static Conference ToConference(ConferenceDto dto) => new(
        dto.Id ?? string.Empty,
        dto.Topic ?? string.Empty,
        TrueConfIds.WithoutServer(dto.Owner),
        IsRunning(dto.State) ? ConferenceState.Running : ConferenceState.Stopped,
        dto.WebclientUrl ?? throw new TrueConfUnavailableException("TrueConf answered without a webclient_url"),
        dto.Url,
        dto.Invitations?.Select(invitation => TrueConfIds.WithoutServer(invitation.Id)).ToArray() ?? [],
        // The conference page is where guests join a public conference (reference §9).
        AllowsGuests(dto) ? dto.Url : null,
        StartOf(dto.Schedule));

    public static bool IsRunning(string? state) => string.Equals(state, "running", StringComparison.OrdinalIgnoreCase);

    public static string StateName(ConferenceState state) => state == ConferenceState.Running ? "running" : "stopped";

    /// <summary>
    /// The participants list (in the call, or being called) merged with the invitations (planned, not called):
    /// each person once, those in the call first, then those being called, then those only invited.
    /// </summary>
    public static IReadOnlyList<ConferenceParticipant> MergeParticipants(IReadOnlyList<ParticipantDto> participants, IReadOnlyList<InvitationDto> invitations)
    {
        var people = new List<ConferenceParticipant>(participants.Count + invitations.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var participant in participants)
        {
            var id = TrueConfIds.WithoutServer(participant.Id);
            if (id.Length == 0 || !seen.Add(id))
            {
                continue;
            }

            DateTimeOffset? joinedAt = participant.JoinTime is > 0 and var seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
            // v4 says it outright; v3 only has join_time, which stays empty while the person is being called.
            var inCall = Flag(participant.IsInConf) ?? joinedAt is not null;
            people.Add(new ConferenceParticipant(id, NameOf(participant.DisplayName, id),
                inCall ? ParticipantState.InCall : ParticipantState.BeingCalled, inCall ? joinedAt : null));
        }

        foreach (var invitation in invitations)
        {
            var id = TrueConfIds.WithoutServer(invitation.Id);
            if (id.Length > 0 && seen.Add(id))
            {
                people.Add(new ConferenceParticipant(id, NameOf(invitation.DisplayName, id), ParticipantState.Invited, null));
            }
        }

        return people.OrderBy(person => person.State).ToArray();
    }

    private static string NameOf(string? displayName, string id) => string.IsNullOrWhiteSpace(displayName) ? id : displayName;

    private static bool AllowsGuests(ConferenceDto dto) =>
        string.Equals(dto.Access, "public", StringComparison.OrdinalIgnoreCase) || Flag(dto.AllowGuests) == true;

    /// <summary>A yes/no field written as a boolean or as 0/1; null when absent.</summary>
    private static bool? Flag(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt32(out var number) && number != 0,
        JsonValueKind.String => value.GetString() is "1" or "true",
        _ => null,
    };

    /// <summary>The start of a one-time schedule (v3 <c>type</c> 1, v4 <c>"once"</c>); rooms and weekly meetings have none.</summary>
    private static DateTimeOffset? StartOf(ScheduleDto? schedule)
    {
        if (schedule?.StartTime is not { } start)
        {
            return null;
        }

        var oneTime = schedule.Type.ValueKind switch
        {
            JsonValueKind.Number => schedule.Type.TryGetInt32(out var type) && type == 1,
            JsonValueKind.String => schedule.Type.GetString() is "once" or "1",
            _ => false,
        };
        return oneTime ? DateTimeOffset.FromUnixTimeSeconds(start) : null;
    }
}
