namespace MeetingBot.TrueConfSimulator;

/// <summary>Names of the operations recorded in <see cref="TrueConfSimulatorState.RequestLog"/>.</summary>
public static class SimulatorOperations
{
    public const string Token = "token";
    public const string Authorize = "oauth.authorize";
    public const string Me = "user.me";
    public const string UserList = "user.list";
    public const string UserGet = "user.get";
    public const string ConferenceList = "conference.list";
    public const string ConferenceCreate = "conference.create";
    public const string ConferenceGet = "conference.get";
    public const string ConferenceUpdate = "conference.update";
    public const string ConferenceDelete = "conference.delete";
    public const string ConferenceRun = "conference.run";
    public const string ConferenceStop = "conference.stop";
    public const string ParticipantList = "participant.list";
    public const string ParticipantGet = "participant.get";
    public const string ParticipantInvite = "participant.invite";
    public const string ParticipantRemove = "participant.remove";
    public const string InvitationList = "invitation.list";
    public const string InvitationAdd = "invitation.add";
    public const string InvitationGet = "invitation.get";
    public const string InvitationUpdate = "invitation.update";
    public const string InvitationRemove = "invitation.remove";
    public const string PageView = "page.view";
    public const string PageJoin = "page.join";
    public const string PageStop = "page.stop";
    public const string NotFound = "notFound";
    public const string MethodNotAllowed = "methodNotAllowed";
}
