using MeetingBot.Commands;

namespace MeetingBot.Meetings;

/// <summary>What the bot answers, independent of how a channel draws it (Adaptive Card, Block Kit, text).</summary>
public abstract record BotReply;

/// <summary>A meeting's card: posted when it starts, then updated in place as the meeting changes.</summary>
public sealed record MeetingCardReply(MeetingView Meeting) : BotReply;

/// <summary>The list of commands, optionally after a sentence saying why it is shown.</summary>
/// <param name="Lead">The line above the examples.</param>
public sealed record HelpReply(string? Intro, string Lead, IReadOnlyList<CommandExample> Commands) : BotReply;

/// <summary>A sign-in button to the video backend, after a sentence saying why.</summary>
public sealed record SignInReply(string Intro, string SignInUrl, string BackendName) : BotReply;

public enum NoticeKind
{
    Info,
    Success,
    Problem,
}

/// <summary>A short message; <c>**bold**</c> marks names.</summary>
/// <param name="ForSenderOnly">
/// Meant for the sender alone (a personal setting's confirmation): a channel that can answer one person privately
/// in a shared conversation does; one that cannot answers in the conversation.
/// </param>
public sealed record NoticeReply(NoticeKind Kind, string Text, bool ForSenderOnly = false) : BotReply;

/// <param name="IdIsLogin">The id is the person's login on the backend, worth showing; false where it is a chat platform's internal id.</param>
public sealed record PersonSummary(string DisplayName, string ConferenceUserId, bool IdIsLogin = true);

/// <summary>Who is in a meeting: in the call (since when), being called, or invited and not joined.</summary>
public sealed record ParticipantsReply(string Topic, string ConferenceId, IReadOnlyList<Conferencing.ConferenceParticipant> Participants) : BotReply;

/// <summary>The sender's running and upcoming meetings, each with its Join link.</summary>
/// <param name="More">How many more there are than the list shows.</param>
public sealed record MeetingListReply(string BackendName, IReadOnlyList<MeetingListItem> Meetings, int More) : BotReply;

/// <param name="StartsAt">For an upcoming meeting, when it is scheduled; null for a running one.</param>
/// <param name="PersonalJoinRef">
/// Set where each person needs a link of their own: the meeting's ref, and Join asks for a link minted for the clicker
/// (<see cref="MeetingCardVerbs.Join"/>) instead of opening <see cref="JoinUrl"/>.
/// </param>
public sealed record MeetingListItem(string Topic, string ConferenceId, bool IsRunning, DateTimeOffset? StartsAt, string JoinUrl, string? PersonalJoinRef = null);

/// <summary>A reminder to a meeting's owner that it runs on with nobody else in it, offering Stop.</summary>
public sealed record ForgottenMeetingReply(MeetingView Meeting, string Text) : BotReply;

/// <summary>
/// A one-time personal join link, for its owner's eyes only: drawn with a Join button, never as text a link preview
/// could open (which would spend it).
/// </summary>
/// <param name="InvitedBy">Who started or invited; null when the person asked for the link themselves (the card's Join).</param>
public sealed record PersonalLinkReply(string Topic, string? InvitedBy, string Url, DateTimeOffset ExpiresAt) : BotReply;
