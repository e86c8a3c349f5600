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
public sealed record NoticeReply(NoticeKind Kind, string Text) : BotReply;

public sealed record PersonSummary(string DisplayName, string ConferenceUserId);
