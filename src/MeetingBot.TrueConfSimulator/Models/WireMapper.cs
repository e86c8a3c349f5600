namespace MeetingBot.TrueConfSimulator.Models;

/// <summary>Builds the wire shapes from state snapshots.</summary>
internal static class WireMapper
{
    public static UserWire User(SimulatedUser user, int presence, string serverName) =>
        Fill(new UserWire(), user, presence, serverName);

    public static ParticipantWire Participant(
        SimulatedConference conference,
        ConferenceParticipant participant,
        SimulatedUser user,
        int presence,
        string serverName,
        bool isV4)
    {
        var wire = Fill(new ParticipantWire(), user, presence, serverName);
        wire.JoinTime = participant.JoinedAt?.ToUnixTimeSeconds();
        wire.IsOwner = IsOwner(conference, user.Id);
        wire.IsInConf = isV4 ? participant.IsInConference : null;
        return wire;
    }

    public static InvitationWire Invitation(
        SimulatedConference conference, ConferenceInvitation invitation, SimulatedUser user, int presence, string serverName)
    {
        var wire = Fill(new InvitationWire(), user, presence, serverName);
        wire.DisplayName = invitation.DisplayName ?? user.DisplayName;
        wire.IsOwner = IsOwner(conference, user.Id);
        wire.IsModerator = invitation.IsModerator;
        return wire;
    }

    public static ConferenceV3Wire ConferenceV3(SimulatedConference conference, string publicBaseUrl, string serverName) =>
        new()
        {
            Id = conference.Id,
            Topic = conference.Topic,
            Description = conference.Description,
            Owner = $"{conference.OwnerId}@{serverName}",
            Type = ConferenceEditor.TypeCode(conference.Layout),
            VadSelector = ConferenceEditor.VadSelector(conference.Layout),
            Invitations = conference.Invitations.Select(i => new ConferenceInvitationWire(i.UserId, i.DisplayName, null))
                .ToArray(),
            MaxParticipants = conference.MaxParticipants,
            MaxPodiums = MaxPodiums(conference),
            Schedule = new ScheduleV3Wire
            {
                Type = conference.Schedule.Kind switch
                {
                    ScheduleKind.Weekly => 0,
                    ScheduleKind.OneTime => 1,
                    _ => -1,
                },
                StartTime = conference.Schedule.StartTime,
                Duration = conference.Schedule.Duration,
                TimeOffset = conference.Schedule.TimeOffset,
                Days = conference.Schedule.Days,
                Time = conference.Schedule.Time,
            },
            AllowGuests = conference.AllowGuests,
            AutoInvite = conference.AutoInvite ? 1 : 0,
            Rights = new RightsWire(conference.Rights.Guest, conference.Rights.User),
            State = StateName(conference.State),
            Url = Http.PublicLinks.ConferencePage(publicBaseUrl, conference.Id),
            WebclientUrl = Http.PublicLinks.WebClient(publicBaseUrl, conference.Id),
            CreatedAt = conference.CreatedAt.ToUnixTimeSeconds(),
            Tags = conference.Tags,
            AllowOnlyPlannedParticipants = conference.AllowOnlyPlannedParticipants,
            Access = conference.Access,
        };

    public static ConferenceV4Wire ConferenceV4(SimulatedConference conference, string publicBaseUrl, string serverName) =>
        new()
        {
            Id = conference.Id,
            Topic = conference.Topic,
            Description = conference.Description,
            Owner = $"{conference.OwnerId}@{serverName}",
            Mode = conference.Layout switch
            {
                ConferenceLayout.AllOnScreen => "PxP",
                ConferenceLayout.VideoLecture => "OxP",
                ConferenceLayout.RoleBasedModerated => "S|L",
                _ => "S|L Auto",
            },
            Invitations = conference.Invitations
                .Select(i => new ConferenceInvitationWire(i.UserId, i.DisplayName, i.IsModerator))
                .ToArray(),
            MaxParticipants = conference.MaxParticipants,
            MaxPodiums = MaxPodiums(conference),
            Schedule = new ScheduleV4Wire
            {
                Type = conference.Schedule.Kind switch
                {
                    ScheduleKind.Weekly => "week",
                    ScheduleKind.OneTime => "once",
                    _ => "none",
                },
                StartTime = conference.Schedule.StartTime,
                Duration = conference.Schedule.Duration,
                SpecialTimeOffset = conference.Schedule.TimeOffset,
                Days = conference.Schedule.Days,
                Time = conference.Schedule.Time,
            },
            Access = conference.Access,
            AllowGuests = conference.AllowGuests,
            AutoInvite = conference.AutoInvite ? 1 : 0,
            Rights = new RightsWire(conference.Rights.Guest, conference.Rights.User),
            State = StateName(conference.State),
            Url = Http.PublicLinks.ConferencePage(publicBaseUrl, conference.Id),
            WebclientUrl = Http.PublicLinks.WebClient(publicBaseUrl, conference.Id),
            CreatedAt = conference.CreatedAt.ToUnixTimeSeconds(),
            Tags = conference.Tags,
            AllowOnlyPlannedParticipants = conference.AllowOnlyPlannedParticipants,
        };

    public static string StateName(ConferenceState state) => state == ConferenceState.Running ? "running" : "stopped";

    private static int MaxPodiums(SimulatedConference conference) => conference.Layout switch
    {
        ConferenceLayout.AllOnScreen => conference.MaxParticipants,
        ConferenceLayout.VideoLecture => 1,
        _ => conference.MaxPodiums ?? Math.Min(4, conference.MaxParticipants),
    };

    private static int IsOwner(SimulatedConference conference, string userId) =>
        string.Equals(conference.OwnerId, userId, StringComparison.OrdinalIgnoreCase) ? 1 : 0;

    private static T Fill<T>(T wire, SimulatedUser user, int presence, string serverName)
        where T : UserWire
    {
        wire.Id = user.Id;
        wire.Uid = $"{user.Id}@{serverName}";
        wire.LoginName = user.Id;
        wire.Email = user.Email;
        wire.DisplayName = user.DisplayName;
        wire.FirstName = user.FirstName;
        wire.LastName = user.LastName;
        wire.Company = user.Company;
        wire.IsActive = user.IsActive ? 1 : 0;
        wire.Status = presence;
        return wire;
    }
}
