using MeetingBot.Localization;

namespace MeetingBot.Meetings;

/// <summary>
/// Every sentence the meeting core says, typed: each reads its words from the texts files
/// (<c>Localization/Texts/{language}.json</c>) in the current language (<see cref="TextLanguage.Current"/>).
/// The video backend is named by its display name (<c>backend</c>), never written in here.
/// </summary>
internal static class BotTexts
{
    public static string DefaultTopic(string senderName) =>
        string.IsNullOrWhiteSpace(senderName) ? Texts.Format("DefaultTopicNoName") : Texts.Format("DefaultTopic", ("name", senderName));

    public static string Unknown => Texts.Format("Unknown");

    public static string UnknownMixed => Texts.Format("UnknownMixed");

    public static string Welcome => Texts.Format("Welcome");

    public static string WelcomeLead => Texts.Format("WelcomeLead");

    public static string HelpIntro(string backend) => Texts.Format("HelpIntro", ("backend", backend));

    public static string NotSupported(string backend) => Texts.Format("NotSupported", ("backend", backend));

    public static string SenderUnknown(string backend) =>
        Texts.Format("SenderUnknown", ("backend", backend), ("backendLower", backend.ToLowerInvariant()));

    public static string SenderDisabled(string backend, string id) => Texts.Format("SenderDisabled", ("backend", backend), ("id", id));

    /// <summary>
    /// Why nothing was done, with advice that fits how the people not found were given: a typed name may be
    /// misspelt or better @mentioned, but advising an @mention for somebody who already was @mentioned is no help.
    /// </summary>
    public static string NotDone(string what, string backend, IEnumerable<string> problems, bool typedNotFound, bool mentionedNotFound)
    {
        var done = Texts.Format("NotDone", ("what", what), ("problems", string.Join(" ", problems)));
        var advice = (typedNotFound, mentionedNotFound) switch
        {
            (true, false) => "NotDone.TypedNotFound",
            (false, true) => "NotDone.MentionedNotFound",
            (true, true) => "NotDone.BothNotFound",
            _ => null,
        };
        return advice is null ? done : done + " " + Texts.Format(advice, ("backend", backend));
    }

    public static string StartTheMeeting => Texts.Format("StartTheMeeting");

    public static string InviteAnybody => Texts.Format("InviteAnybody");

    public static string TooManyInvitees(int named, int max) => Texts.Format("TooManyInvitees", ("named", Number(named)), ("max", Number(max)));

    public static string TooManyHere(int max) => Texts.Format("TooManyHere", ("max", Number(max)));

    public static string PersonUnknown(string backend, string name) => Texts.Format("PersonUnknown", ("backend", backend), ("name", name));

    public static string NotAMember(string name) => Texts.Format("NotAMember", ("name", name));

    public static string SeveralMembers(string name, IEnumerable<string> names) =>
        Texts.Format("SeveralMembers", ("name", name), ("candidates", JoinNames(names, "List.Or")));

    public static string NoGuestLinks(string backend) => Texts.Format("NoGuestLinks", ("backend", backend));

    public static string LinksNotDelivered(IEnumerable<string> names, string topic) =>
        Texts.Format("LinksNotDelivered", ("names", JoinNames(names)), ("topic", topic));

    public static string NoLivePresence(string backend, string topic, IEnumerable<string> invited)
    {
        var names = invited.ToArray();
        return names.Length == 0
            ? Texts.Format("NoLivePresence", ("backend", backend), ("topic", topic))
            : Texts.Format("NoLivePresenceInvited", ("backend", backend), ("topic", topic), ("names", JoinNames(names)));
    }

    /// <summary>Who's in on a backend that tells how many are in a call, but not who.</summary>
    public static string HeadcountOnly(string backend, string topic, int inCall, IEnumerable<string> invited)
    {
        var names = invited.ToArray();
        var key = (inCall == 0 ? "CallHeadcountNobody" : "CallHeadcount") + (names.Length == 0 ? string.Empty : "Invited");
        return inCall == 0
            ? Texts.Format(key, ("backend", backend), ("topic", topic), ("names", JoinNames(names)))
            : Texts.Plural(key, inCall, ("backend", backend), ("topic", topic), ("names", JoinNames(names)));
    }

    public static string PersonDisabled(string backend, string name, string id) =>
        Texts.Format("PersonDisabled", ("backend", backend), ("name", name), ("id", id));

    public static string PersonAmbiguous(string backend, string name, IEnumerable<string> ids) =>
        Texts.Format("PersonAmbiguous", ("backend", backend), ("name", name), ("ids", string.Join(", ", ids)));

    public static string Linked(string backend, string id, string displayName) =>
        Texts.Format("Linked", ("backend", backend), ("id", id), ("displayName", displayName));

    public static string LinkUnproven(string backend, string id, bool signInOffered) =>
        Texts.Format(signInOffered ? "LinkUnproven" : "LinkUnprovenNoSignIn", ("backend", backend), ("id", id));

    public static string LinkedPerson(string backend, string chatName, string id, string displayName) =>
        Texts.Format("LinkedPerson", ("backend", backend), ("chatName", chatName), ("id", id), ("displayName", displayName));

    public static string AdminsOnly(string backend) => Texts.Format("AdminsOnly", ("backendLower", backend.ToLowerInvariant()));

    public static string SignInPrompt(string backend) => Texts.Format("SignInPrompt", ("backend", backend));

    public static string SignInUnavailable(string backend) =>
        Texts.Format("SignInUnavailable", ("backend", backend), ("backendLower", backend.ToLowerInvariant()));

    public static string SignedIn(string backend, string id, string displayName) =>
        Texts.Format("SignedIn", ("backend", backend), ("id", id), ("displayName", displayName));

    public static string LinkUnknown(string backend, string id) => Texts.Format("LinkUnknown", ("backend", backend), ("id", id));

    public static string LinkDisabled(string backend, string id) => Texts.Format("LinkDisabled", ("backend", backend), ("id", id));

    public static string VideoServerUnreachable(string backend) => Texts.Format("VideoServerUnreachable", ("backend", backend));

    public static string VideoServerSlow(string backend) => Texts.Format("VideoServerSlow", ("backend", backend));

    public static string VideoServerBusy(string backend) => Texts.Format("VideoServerBusy", ("backend", backend));

    public static string VideoServerCredentials(string backend) => Texts.Format("VideoServerCredentials", ("backend", backend));

    public static string VideoServerPermission(string backend) => Texts.Format("VideoServerPermission", ("backend", backend));

    public static string VideoServerRejected(string backend, string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? Texts.Format("VideoServerRejected", ("backend", backend))
            : Texts.Format("VideoServerRejectedBecause", ("backend", backend), ("reason", reason));

    public static string StartedLate(string backend) => Texts.Format("StartedLate", ("backend", backend));

    public static string PlaceNotAllowed => Texts.Format("PlaceNotAllowed");

    public static string NoMeetingHere => Texts.Format("NoMeetingHere");

    public static string NoSuchMeeting(string backend, string id) => Texts.Format("NoSuchMeeting", ("backend", backend), ("id", id));

    public static string MeetingEnded(string topic) => Texts.Format("MeetingEnded", ("topic", topic));

    public static string Stopped(string topic) => Texts.Format("Stopped", ("topic", topic));

    public static string StopNotAllowed(string topic, string ownerName) => Texts.Format("StopNotAllowed", ("topic", topic), ("ownerName", ownerName));

    public static string Invited(IEnumerable<string> names, string topic) => Texts.Format("Invited", ("names", JoinNames(names)), ("topic", topic));

    public static string InvitedWithLinks(IEnumerable<string> names, string topic) =>
        Texts.Format("InvitedWithLinks", ("names", JoinNames(names)), ("topic", topic));

    public static string NotMapped(string backend, IEnumerable<string> names) => Texts.Format("NotMapped", ("backend", backend), ("names", JoinNames(names)));

    public static string InviteWhom => Texts.Format("InviteWhom");

    public static string CardMeetingUnknown => Texts.Format("CardMeetingUnknown");

    public static string NobodyToInvite => Texts.Format("NobodyToInvite");

    public static string NoParticipants(string topic) => Texts.Format("NoParticipants", ("topic", topic));

    public static string NoMeetings(string backend) => Texts.Format("NoMeetings", ("backend", backend));

    /// <summary>
    /// The reminder to the owner of a meeting nobody else is in: minutes counted (each language's counted form) under
    /// an hour, hours and minutes from then on (<c>1 h 5 min</c>), since the default reminder comes after an hour.
    /// </summary>
    public static string ForgottenMeeting(string topic, TimeSpan running) => running < TimeSpan.FromHours(1)
        ? Texts.Plural("ForgottenMeeting", (int)running.TotalMinutes, ("topic", topic))
        : Texts.Format("ForgottenMeetingHours", ("topic", topic), ("duration", MeetingCardTexts.Duration(running)));

    public static string Unexpected(string reference) => Texts.Format("Unexpected", ("reference", reference));

    public static string UnknownCardAction => Texts.Format("UnknownCardAction");

    public static string MalformedCardAction => Texts.Format("MalformedCardAction");

    public static string StillWorking => Texts.Format("StillWorking");

    public static string BotBusy => Texts.Format("BotBusy");

    public static string CardActionFailed => Texts.Format("CardActionFailed");

    /// <summary><c>**a**, **b** and **c**</c>, the last joined by the language's word (<c>List.And</c> or <c>List.Or</c>).</summary>
    private static string JoinNames(IEnumerable<string> names, string lastJoin = "List.And")
    {
        var bold = names.Select(name => $"**{name}**").ToArray();
        return bold.Length <= 1
            ? string.Concat(bold)
            : Texts.Format(lastJoin, ("first", string.Join(", ", bold[..^1])), ("last", bold[^1]));
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The words on the bot's cards and messages, the same in every channel that draws them.</summary>
    public static class Card
    {
        public const string BotName = "MeetingBot";

        public static string Owner => Texts.Format("Card.Owner");

        public static string Invited => Texts.Format("Card.Invited");

        public static string NobodyInvited => Texts.Format("Card.NobodyInvited");

        public static string State => Texts.Format("Card.State");

        public static string Started => Texts.Format("Card.Started");

        public static string ConferenceId => Texts.Format("Card.ConferenceId");

        public static string GuestLink => Texts.Format("Card.GuestLink");

        public static string WhoIsIn => Texts.Format("Card.WhoIsIn");

        public static string WhoIsInCount(int inCall) => Texts.Plural("Card.WhoIsInCount", inCall);

        public static string Join => Texts.Format("Card.Join");

        public static string Invite => Texts.Format("Card.Invite");

        public static string InviteWho => Texts.Format("Card.InviteWho");

        public static string InvitePlaceholder => Texts.Format("Card.InvitePlaceholder");

        public static string InviteRequired => Texts.Format("Card.InviteRequired");

        public static string ShowParticipants => Texts.Format("Card.ShowParticipants");

        public static string Stop => Texts.Format("Card.Stop");

        public static string StopTheMeeting => Texts.Format("Card.StopTheMeeting");

        public static string StopForEveryone(string topic) => Texts.Format("Card.StopForEveryone", ("topic", topic));

        public static string Cancel => Texts.Format("Card.Cancel");

        public static string MeetingPage => Texts.Format("Card.MeetingPage");

        public static string MeetingPageTooltip => Texts.Format("Card.MeetingPageTooltip");

        public static string StillRunning => Texts.Format("Card.StillRunning");

        public static string Running => Texts.Format("Card.Running");

        public static string ShortId(string conferenceId) => Texts.Format("Card.ShortId", ("id", conferenceId));

        public static string AndMore(int more) => Texts.Format("Card.AndMore", ("count", Number(more)));

        public static string RunningSummary(string topic, string joinUrl) => Texts.Format("Card.RunningSummary", ("topic", topic), ("joinUrl", joinUrl));

        public static string RunningSummaryNoLink(string topic) => Texts.Format("Card.RunningSummaryNoLink", ("topic", topic));

        public static string OpenHere => Texts.Format("Card.OpenHere");

        public static string OpenHereTooltip => Texts.Format("Card.OpenHereTooltip");

        public static string JoinOwnLinkTooltip => Texts.Format("Card.JoinOwnLinkTooltip");

        public static string JoinInBrowserTooltip => Texts.Format("Card.JoinInBrowserTooltip");

        public static string YourLink => Texts.Format("Card.YourLink");

        public static string YourLinkTo(string topic) => Texts.Format("Card.YourLinkTo", ("topic", topic));

        /// <param name="time">When the link expires, as the channel writes times.</param>
        public static string PersonalLinkNote(string? invitedBy, string time) =>
            invitedBy is null
                ? Texts.Format("Card.PersonalLinkNote", ("time", time))
                : Texts.Format("Card.PersonalLinkNoteInvited", ("inviter", invitedBy), ("time", time));

        public static string EndedSummary(string topic) => Texts.Format("Card.EndedSummary", ("topic", topic));

        public static string YourMeetings(string backend) => Texts.Format("Card.YourMeetings", ("backend", backend));

        public static string LinkAccount(string backend) => Texts.Format("Card.LinkAccount", ("backend", backend));

        public static string SignIn(string backend) => Texts.Format("Card.SignIn", ("backend", backend));

        public static string SignInTooltip(string backend) => Texts.Format("Card.SignInTooltip", ("backend", backend));

        public static string SignInFallback(string intro, string url) => Texts.Format("Card.SignInFallback", ("intro", intro), ("url", url));

        public static string CommandsFallback(IEnumerable<string> examples) => Texts.Format("Card.CommandsFallback", ("examples", string.Join("; ", examples)));

        public static string InCallSince(string time) => Texts.Format("Card.InCallSince", ("time", time));

        public static string InCall => Texts.Format("Card.InCall");

        public static string BeingCalled => Texts.Format("Card.BeingCalled");

        public static string InvitedNotJoined => Texts.Format("Card.InvitedNotJoined");
    }
}
