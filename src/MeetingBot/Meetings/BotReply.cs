namespace MeetingBot.Meetings;

/// <summary>What the bot answers, independent of how a channel draws it (Adaptive Card, Block Kit, text).</summary>
public abstract record BotReply;

public sealed record MeetingStartedReply(MeetingSummary Meeting) : BotReply;

/// <summary>The list of commands, optionally after a sentence saying why it is shown.</summary>
public sealed record HelpReply(string? Intro = null) : BotReply;

/// <summary>A sign-in button to the video backend, after a sentence saying why.</summary>
public sealed record SignInReply(string Intro, string SignInUrl) : BotReply;

public enum NoticeKind
{
    Info,
    Success,
    Problem,
}

/// <summary>A short message; <c>**bold**</c> marks names.</summary>
public sealed record NoticeReply(NoticeKind Kind, string Text) : BotReply;

public sealed record PersonSummary(string DisplayName, string ConferenceUserId);

public sealed record MeetingSummary(
    string Topic,
    PersonSummary Owner,
    IReadOnlyList<PersonSummary> Invitees,
    string ConferenceId,
    bool IsRunning,
    string JoinUrl,
    string? PageUrl,
    string BackendName,
    DateTimeOffset StartedAt,
    string? Note = null);
