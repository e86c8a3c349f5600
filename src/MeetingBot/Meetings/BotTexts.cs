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
        "Say `sign in` to link it, or `my trueconf id is helen` if that account has the same e-mail as your chat account.";

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

    public static string LinkUnproven(string id, bool signInOffered) =>
        $"I can't verify that **{id}** is you: its TrueConf e-mail isn't the one of your chat account. " +
        (signInOffered
            ? "Sign in to TrueConf as that user to prove it."
            : "Ask a MeetingBot admin to link you (`link @you to " + id + "`).");

    public static string LinkedPerson(string chatName, string id, string displayName) =>
        $"Linked: **{chatName}** is **{displayName}** ({id}) on TrueConf.";

    public const string AdminsOnly =
        "Only MeetingBot admins can link someone else's account. To link your own, say `sign in` or `my trueconf id is …`.";

    public const string SignInPrompt =
        "Sign in to TrueConf so I know your account. The button works once, for the next 10 minutes.";

    public const string SignInUnavailable =
        "Signing in to TrueConf isn't set up for this bot. Say `my trueconf id is …`: I link it when that account has " +
        "the same e-mail as your chat account. Otherwise ask a MeetingBot admin to link you.";

    public static string SignedIn(string id, string displayName) =>
        $"You signed in to TrueConf as **{displayName}** ({id}). Meetings you start will be owned by this account.";

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

    public const string UnknownCardAction = "This button doesn't do anything any more. Please use the newest card.";

    public const string MalformedCardAction = "This button sent something I can't read.";

    public const string StillWorking = "Still working on it…";

    public const string CardActionFailed = "Sorry, something went wrong on my side and I couldn't finish that. Please try again.";
}
