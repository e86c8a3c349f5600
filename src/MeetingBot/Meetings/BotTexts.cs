namespace MeetingBot.Meetings;

/// <summary>
/// Every sentence the meeting core says, in one place (ready to move into resources per language). The video
/// backend is named by its display name (<c>backend</c>), never written in here.
/// </summary>
internal static class BotTexts
{
    public static string DefaultTopic(string senderName) =>
        string.IsNullOrWhiteSpace(senderName) ? "Meeting" : $"{senderName}'s meeting";

    public const string Unknown = "Sorry, I didn't get that. Here is what I can do:";

    public const string Welcome = "Hi! I'm MeetingBot. I start video meetings right from this chat.";

    public const string WelcomeLead = "Mention me with a command, or message me directly. For example (say `help` for all):";

    public static string HelpIntro(string backend) => $"I start {backend} video meetings right from this chat. Try:";

    public static string NotSupported(string backend) => $"{backend} meetings can't do that, so I can't either.";

    public static string SenderUnknown(string backend) =>
        $"I don't know your {backend} account yet, so I can't act for you. " +
        $"Say `sign in` to link it, or `my {backend.ToLowerInvariant()} id is helen` if that account has the same e-mail as your chat account.";

    public static string SenderDisabled(string backend, string id) =>
        $"Your {backend} account **{id}** is disabled, so I can't start a meeting for you. Please ask your {backend} administrator.";

    /// <summary>
    /// Why nothing was done, with advice that fits how the people not found were given: a typed name may be
    /// misspelt or better @mentioned, but advising an @mention for somebody who already was @mentioned is no help.
    /// </summary>
    public static string NotDone(string what, string backend, IEnumerable<string> problems, bool typedNotFound, bool mentionedNotFound) =>
        $"I didn't {what}: " + string.Join(" ", problems) + (typedNotFound, mentionedNotFound) switch
        {
            (true, false) => $" Check the spelling, use their {backend} login, or @mention them.",
            (false, true) => $" Type their {backend} login instead of the @mention.",
            (true, true) => $" Check the spelling of the names you typed, and type the {backend} login of anyone you @mentioned.",
            _ => "",
        };

    public const string StartTheMeeting = "start the meeting";

    public const string InviteAnybody = "invite anybody";

    public static string TooManyInvitees(int named, int max) =>
        $"You named {named} people; I can invite at most {max} in one command, so I didn't do it. " +
        "Please name fewer people; the others can join with the meeting's link.";

    public static string TooManyHere(int max) =>
        $"There are more than {max} people here, and I can invite at most {max} in one command, so I didn't invite anybody. " +
        "Please name the people to invite; the others can join with the meeting's link.";

    public static string PersonUnknown(string backend, string name) => $"I couldn't find **{name}** on {backend}.";

    public static string NotAMember(string name) => $"I don't know anybody called **{name}** in this conversation — @mention them.";

    public static string SeveralMembers(string name, IEnumerable<string> names) =>
        $"**{name}** could be {string.Join(" or ", names.Select(candidate => $"**{candidate}**"))} — @mention the one you mean.";

    public static string NoGuestLinks(string backend) =>
        $"{backend} meetings have no guest links, so I didn't start one. Say `start meeting with …` and name the people from this chat: each gets a link of their own.";

    public static string LinksNotDelivered(IEnumerable<string> names, string topic) =>
        $"I couldn't send {JoinNames(names)} their own link to **{topic}** privately (I'm not installed for them or can't message them). " +
        "They can press Join on the meeting's card to get one.";

    public static string NoLivePresence(string backend, string topic, IEnumerable<string> invited)
    {
        var names = invited.ToArray();
        return $"{backend} doesn't tell who is in the call of **{topic}**; " +
               (names.Length == 0 ? "nobody else was invited." : $"invited: {JoinNames(names)}.");
    }

    /// <summary>Who's in on a backend that tells how many are in a call, but not who.</summary>
    public static string HeadcountOnly(string backend, string topic, int inCall, IEnumerable<string> invited)
    {
        var names = invited.ToArray();
        var count = inCall switch
        {
            0 => $"Nobody is in the call of **{topic}** yet",
            1 => $"**1** person is in the call of **{topic}**",
            _ => $"**{inCall}** people are in the call of **{topic}**",
        };
        return $"{count} ({backend} tells how many, not who); " +
               (names.Length == 0 ? "nobody else was invited." : $"invited: {JoinNames(names)}.");
    }

    public static string PersonDisabled(string backend, string name, string id) => $"**{name}**'s {backend} account ({id}) is disabled.";

    public static string PersonAmbiguous(string backend, string name, IEnumerable<string> ids) =>
        $"**{name}** matches several {backend} users ({string.Join(", ", ids)}).";

    public static string Linked(string backend, string id, string displayName) =>
        $"Got it: you are **{displayName}** ({id}) on {backend}. Meetings you start will be owned by this account.";

    public static string LinkUnproven(string backend, string id, bool signInOffered) =>
        $"I can't verify that **{id}** is you: its {backend} e-mail isn't the one of your chat account. " +
        (signInOffered
            ? $"Sign in to {backend} as that user to prove it."
            : "Ask a MeetingBot admin to link you (`link @you to " + id + "`).");

    public static string LinkedPerson(string backend, string chatName, string id, string displayName) =>
        $"Linked: **{chatName}** is **{displayName}** ({id}) on {backend}.";

    public static string AdminsOnly(string backend) =>
        $"Only MeetingBot admins can link someone else's account. To link your own, say `sign in` or `my {backend.ToLowerInvariant()} id is …`.";

    public static string SignInPrompt(string backend) =>
        $"Sign in to {backend} so I know your account. The button works once, for the next 10 minutes.";

    public static string SignInUnavailable(string backend) =>
        $"Signing in to {backend} isn't set up for this bot. Say `my {backend.ToLowerInvariant()} id is …`: I link it when that account has " +
        "the same e-mail as your chat account. Otherwise ask a MeetingBot admin to link you.";

    public static string SignedIn(string backend, string id, string displayName) =>
        $"You signed in to {backend} as **{displayName}** ({id}). Meetings you start will be owned by this account.";

    public static string LinkUnknown(string backend, string id) => $"There is no {backend} user **{id}**. Check your login in the {backend} client and try again.";

    public static string LinkDisabled(string backend, string id) => $"The {backend} account **{id}** is disabled, so I can't link it.";

    public static string VideoServerUnreachable(string backend) =>
        $"{backend} isn't reachable right now, so I couldn't do that. Please try again in a minute.";

    public static string VideoServerSlow(string backend) =>
        $"{backend} didn't answer in time, so I couldn't do that. Please try again in a minute.";

    public static string VideoServerBusy(string backend) =>
        $"{backend} is busy right now, so I couldn't do that. Please try again in a minute.";

    public static string VideoServerCredentials(string backend) =>
        $"I couldn't sign in to {backend}: the bot's {backend} credentials were refused. Please tell your administrator.";

    public static string VideoServerPermission(string backend) =>
        $"{backend} refused: the bot's {backend} application lacks a permission it needs. Please tell your administrator.";

    public static string VideoServerRejected(string backend, string? reason) =>
        $"{backend} refused to do that" + (string.IsNullOrWhiteSpace(reason) ? "." : $": {reason}");

    public static string StartedLate(string backend) =>
        $"{backend} was slow to confirm this meeting, so this card comes late — the meeting is ready now.";

    public const string PlaceNotAllowed =
        "Sorry, MeetingBot isn't enabled for this team or chat. Please ask your administrator if you need it here.";

    public const string NoMeetingHere =
        "There is no meeting from this chat yet. Say `start meeting` to start one, or name it: `… meeting 4219111751`.";

    public static string NoSuchMeeting(string backend, string id) => $"I couldn't find meeting **{id}** on {backend}.";

    public static string MeetingEnded(string topic) => $"**{topic}** has already ended. Say `start meeting` for a new one.";

    public static string Stopped(string topic) => $"Stopped **{topic}** for everyone.";

    public static string StopNotAllowed(string topic, string ownerName) =>
        $"Only **{ownerName}**, who owns **{topic}**, or a MeetingBot admin can stop it.";

    public static string Invited(IEnumerable<string> names, string topic) => $"Invited {JoinNames(names)} to **{topic}**.";

    public static string InvitedWithLinks(IEnumerable<string> names, string topic) =>
        $"Invited {JoinNames(names)} to **{topic}**: each gets a link of their own, privately.";

    public static string NotMapped(string backend, IEnumerable<string> names) =>
        $"I couldn't match {JoinNames(names)} to {backend} accounts, so they aren't invited.";

    public const string InviteWhom = "Type the names (or `everyone here`) to invite, then press Invite.";

    public const string CardMeetingUnknown = "I no longer know this meeting, so this button can't do anything.";

    public const string NobodyToInvite = "Everybody here who has an account is in the meeting already.";

    public static string NoParticipants(string topic) => $"Nobody is in **{topic}** yet.";

    public static string NoMeetings(string backend) => $"You have no running or upcoming {backend} meetings.";

    public static string ForgottenMeeting(string topic, int minutes) =>
        $"**{topic}** has been running for {minutes} min with nobody but you in it. Stop it if it's no longer needed.";

    public static string Unexpected(string reference) =>
        $"Sorry, something went wrong on my side and I couldn't finish that. (reference {reference})";

    public const string UnknownCardAction = "This button doesn't do anything any more. Please use the newest card.";

    public const string MalformedCardAction = "This button sent something I can't read.";

    public const string StillWorking = "Still working on it…";

    public const string BotBusy = "I have too much to do right now, so I couldn't take that. Please try again in a moment.";

    public const string CardActionFailed = "Sorry, something went wrong on my side and I couldn't finish that. Please try again.";

    private static string JoinNames(IEnumerable<string> names)
    {
        var bold = names.Select(name => $"**{name}**").ToArray();
        return bold.Length <= 1 ? string.Concat(bold) : string.Join(", ", bold[..^1]) + " and " + bold[^1];
    }

    /// <summary>The words on the bot's cards and messages, the same in every channel that draws them.</summary>
    public static class Card
    {
        public const string BotName = "MeetingBot";

        public const string Owner = "Owner";

        public const string Invited = "Invited";

        public const string NobodyInvited = "Nobody yet";

        public const string State = "State";

        public const string Started = "Started";

        public const string ConferenceId = "Conference ID";

        public const string GuestLink = "Guest link";

        public const string WhoIsIn = "Who is in";

        public static string WhoIsInCount(int inCall) => $"Who is in · {inCall} in the call";

        public const string Join = "Join";

        public const string Invite = "Invite";

        public const string InviteWho = "Who?";

        public const string InvitePlaceholder = "dean, helen or everyone here";

        public const string ShowParticipants = "Who's in";

        public const string Stop = "Stop";

        public const string StopTheMeeting = "Stop the meeting";

        public static string StopForEveryone(string topic) => $"Stop **{topic}** for everyone?";

        public const string Cancel = "Cancel";

        public const string MeetingPage = "Meeting page";

        public const string StillRunning = "Still running";

        public const string Running = "🟢 Running";

        public static string ShortId(string conferenceId) => $"ID {conferenceId}";

        public static string AndMore(int more) => $"…and {more} more.";

        public static string RunningSummary(string topic, string joinUrl) => $"{topic} is running. Join: {joinUrl}";

        public static string RunningSummaryNoLink(string topic) => $"{topic} is running. Press Join on the card for your own link.";

        public const string OpenHere = "Open in Teams";

        public const string YourLink = "Your personal link";

        public static string YourLinkTo(string topic) => $"Your link to join {topic}";

        /// <param name="time">When the link expires, as the channel writes times.</param>
        public static string PersonalLinkNote(string? invitedBy, string time) =>
            (invitedBy is null ? "" : $"{invitedBy} invited you. ") + $"This link is yours and works once, until {time}. Don't forward it.";

        public static string EndedSummary(string topic) => $"{topic} has ended.";

        public static string YourMeetings(string backend) => $"Your {backend} meetings";

        public static string LinkAccount(string backend) => $"Link your {backend} account";

        public static string SignIn(string backend) => $"Sign in to {backend}";

        public static string InCallSince(string time) => $"in the call since {time}";

        public const string InCall = "in the call";

        public const string BeingCalled = "being called";

        public const string InvitedNotJoined = "invited, not joined";
    }
}
