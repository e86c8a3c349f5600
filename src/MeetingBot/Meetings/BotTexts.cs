namespace MeetingBot.Meetings;

/// <summary>Every sentence the meeting core says, in one place (ready to move into resources per language).</summary>
internal static class BotTexts
{
    public const string BackendName = "TrueConf";

    public static string DefaultTopic(string senderName) =>
        string.IsNullOrWhiteSpace(senderName) ? "Meeting" : $"{senderName}'s meeting";

    public const string Unknown = "Sorry, I didn't get that. Here is what I can do:";

    public const string SenderUnknown =
        "I don't know your TrueConf account yet, so I can't make you the meeting owner. " +
        "Tell me your TrueConf login like this: `my trueconf id is helen`.";

    public static string SenderDisabled(string id) =>
        $"Your TrueConf account **{id}** is disabled, so I can't start a meeting for you. Please ask your TrueConf administrator.";

    /// <summary>
    /// Why nothing was started, with advice that fits how the people not found were given: a typed name may be
    /// misspelt or better @mentioned, but advising an @mention for somebody who already was @mentioned is no help.
    /// </summary>
    public static string NotStarted(IEnumerable<string> problems, bool typedNotFound, bool mentionedNotFound) =>
        "I didn't start the meeting: " + string.Join(" ", problems) + (typedNotFound, mentionedNotFound) switch
        {
            (true, false) => " Check the spelling, use their TrueConf login, or @mention them.",
            (false, true) => " Type their TrueConf login instead of the @mention.",
            (true, true) => " Check the spelling of the names you typed, and type the TrueConf login of anyone you @mentioned.",
            _ => "",
        };

    public static string TooManyInvitees(int named, int max) =>
        $"You named {named} people; I can invite at most {max} in one command, so I didn't start the meeting. " +
        "Please name fewer people; the others can join with the meeting's link.";

    public static string PersonUnknown(string name) => $"I couldn't find **{name}** on TrueConf Server.";

    public static string PersonDisabled(string name, string id) => $"**{name}**'s TrueConf account ({id}) is disabled.";

    public static string PersonAmbiguous(string name, IEnumerable<string> ids) =>
        $"**{name}** matches several TrueConf users ({string.Join(", ", ids)}).";

    public static string Linked(string id, string displayName) =>
        $"Got it: you are **{displayName}** ({id}) on TrueConf. Meetings you start will be owned by this account.";

    public static string LinkUnknown(string id) => $"There is no TrueConf user **{id}**. Check your login in the TrueConf client and try again.";

    public static string LinkDisabled(string id) => $"The TrueConf account **{id}** is disabled, so I can't link it.";

    public const string VideoServerUnreachable =
        "TrueConf Server isn't reachable right now, so I couldn't start the meeting. Please try again in a minute.";

    public const string VideoServerSlow =
        "TrueConf Server didn't answer in time, so I couldn't start the meeting. Please try again in a minute.";

    public const string VideoServerBusy =
        "TrueConf Server is busy right now, so I couldn't do that. Please try again in a minute.";

    public const string VideoServerCredentials =
        "I couldn't sign in to TrueConf Server: the bot's TrueConf credentials were refused. Please tell your administrator.";

    public const string VideoServerPermission =
        "TrueConf Server refused: the bot's TrueConf application lacks a permission it needs. Please tell your administrator.";

    public static string VideoServerRejected(string? reason) =>
        "TrueConf Server refused to start the meeting" + (string.IsNullOrWhiteSpace(reason) ? "." : $": {reason}");

    public const string StartedLate =
        "TrueConf Server was slow to confirm this meeting, so this card comes late — the meeting is ready now.";

    public static string Unexpected(string reference) =>
        $"Sorry, something went wrong on my side and I couldn't finish that. (reference {reference})";
}
