using MeetingBot.Conferencing;

namespace MeetingBot.Commands;

/// <summary>What a chat message asks the bot to do, independent of the chat platform it came from.</summary>
public abstract record BotCommand;

/// <summary><c>start meeting [topic] [with people]</c>, optionally smart, moderated (webinar) or open to guests.</summary>
public sealed record StartMeetingCommand(
    string? Topic,
    IReadOnlyList<PersonReference> Invitees,
    ConferenceLayout Layout = ConferenceLayout.AllOnScreen,
    bool AllowGuests = false) : BotCommand;

/// <summary><c>help</c>.</summary>
public sealed record HelpCommand : BotCommand;

/// <summary><c>my {service} id is helen</c>: the sender links their chat account to a video-backend user id.</summary>
public sealed record LinkAccountCommand(string AccountId) : BotCommand;

/// <summary><c>sign in</c>: the sender proves their video-backend account by signing in to it.</summary>
public sealed record SignInCommand : BotCommand;

/// <summary><c>link @Alex to alex</c>: an admin links someone else's chat account to a video-backend user id.</summary>
public sealed record LinkPersonCommand(MentionedPerson Person, string AccountId) : BotCommand;

/// <summary><c>invite dean and helen</c> / <c>invite everyone here</c> into the conversation's (or the named) meeting.</summary>
public sealed record InviteCommand(IReadOnlyList<PersonReference> People, bool EveryoneHere, string? MeetingId) : BotCommand;

/// <summary><c>who is in the meeting</c>.</summary>
public sealed record ShowParticipantsCommand(string? MeetingId) : BotCommand;

/// <summary><c>stop meeting</c>.</summary>
public sealed record StopMeetingCommand(string? MeetingId) : BotCommand;

/// <summary><c>list meetings</c>: the sender's running and upcoming meetings.</summary>
public sealed record ListMeetingsCommand : BotCommand;

/// <summary>
/// <c>language ru</c> / <c>язык русский</c>: the sender chooses the language the bot writes to them in.
/// <see cref="Requested"/> is the language as typed (<c>ru</c>, <c>russian</c>, <c>русский</c>), or null for "which
/// languages are there".
/// </summary>
public sealed record ChooseLanguageCommand(string? Requested) : BotCommand;

/// <summary>Anything the parser did not understand; the original text is kept for the reply.</summary>
public sealed record UnknownCommand(string Text) : BotCommand
{
    /// <summary>Not understood because it mixes languages (<c>start meeting с kevin</c>): the reply asks for one.</summary>
    public bool MixesLanguages { get; init; }
}

/// <summary>Somebody named in a command.</summary>
public abstract record PersonReference(string DisplayName);

/// <summary>A person typed as plain text (<c>kevin</c>, <c>kevin.smith@contoso.com</c>, <c>Kevin Smith</c>).</summary>
public sealed record NamedPerson(string Name) : PersonReference(Name)
{
    /// <summary>
    /// Other forms to look the person up by when <see cref="Name"/> finds nobody: the base forms of a name the command's
    /// language inflects (<c>с Деном</c> → <c>Ден</c>). Replies keep <see cref="Name"/>, as typed.
    /// </summary>
    public IReadOnlyList<string> BaseForms { get; init; } = [];

    public bool Equals(NamedPerson? other) =>
        other is not null && Name == other.Name && BaseForms.SequenceEqual(other.BaseForms);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}

/// <summary>A person the chat platform identified through a mention entity.</summary>
public sealed record MentionedPerson(string ChatUserId, string Name) : PersonReference(Name);

/// <summary>A mention entity of the message (other than the bot's own), as the parser receives it.</summary>
/// <param name="ChatUserId">The platform's id of the mentioned user.</param>
/// <param name="Name">The display name the platform reports.</param>
/// <param name="MentionText">The exact markup in the message text, e.g. <c>&lt;at&gt;Kevin Smith&lt;/at&gt;</c>.</param>
public sealed record MessageMention(string ChatUserId, string Name, string MentionText);
