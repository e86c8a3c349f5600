namespace MeetingBot.Meetings;

/// <summary>The verbs and data keys of a meeting card's buttons: the card that sends them and the actions that read them agree here.</summary>
public static class MeetingCardVerbs
{
    public const string Refresh = "meeting.refresh";
    public const string ShowParticipants = "meeting.participants";
    public const string Invite = "meeting.invite";
    public const string Stop = "meeting.stop";

    /// <summary>Join on a backend with personal links: the clicker gets a link minted for them alone.</summary>
    public const string Join = "meeting.join";

    /// <summary>Opens the bot's page hosting the meeting inside the chat client (a Teams dialog).</summary>
    public const string OpenHere = "meeting.open";

    /// <summary>The data key naming the meeting (the key of the command that started it).</summary>
    public const string MeetingKey = "meeting";

    /// <summary>The id of the card's text input with the people to invite.</summary>
    public const string PeopleInput = "people";
}
