using MeetingBot.Commands;

namespace MeetingBot.Tests.Commands;

/// <summary>
/// Renders a whole parse result as one string so that table tests compare everything at once: the command
/// type, the topic (quoted, or <c>null</c>), and every invitee in order — a typed name as itself, a mention as
/// <c>@id=Name</c>.
/// </summary>
internal static class ParsedCommand
{
    public static string Parse(string? text) => Describe(TestParser.Parse(text, TeamsMentions.In(text)));

    public static string Describe(BotCommand command) => command switch
    {
        StartMeetingCommand start =>
            $"Start({(start.Topic is null ? "null" : $"\"{start.Topic}\"")}; [{string.Join(", ", start.Invitees.Select(Describe))}]" +
            (start.Layout == MeetingBot.Conferencing.ConferenceLayout.AllOnScreen ? "" : $"; {start.Layout}") +
            (start.AllowGuests ? "; guests" : "") + ")",
        InviteCommand invite =>
            $"Invite({(invite.EveryoneHere ? "everyone" : $"[{string.Join(", ", invite.People.Select(Describe))}]")}{Target(invite.MeetingId)})",
        ShowParticipantsCommand participants => $"Participants{Target(participants.MeetingId)}",
        StopMeetingCommand stop => $"Stop{Target(stop.MeetingId)}",
        ListMeetingsCommand => "List",
        HelpCommand => "Help",
        LinkAccountCommand link => $"Link({link.AccountId})",
        LinkPersonCommand link => $"LinkPerson({Describe(link.Person)}; {link.AccountId})",
        SignInCommand => "SignIn",
        ChooseLanguageCommand language => $"Language({language.Requested ?? "?"})",
        UnknownCommand unknown => $"Unknown({unknown.Text})",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unexpected command type."),
    };

    private static string Target(string? meetingId) => meetingId is null ? "" : $"@{meetingId}";

    private static string Describe(PersonReference person) => person switch
    {
        NamedPerson named when named.DisplayName == named.Name => named.Name,
        MentionedPerson mentioned when mentioned.DisplayName == mentioned.Name =>
            $"@{mentioned.ChatUserId}={mentioned.Name}",
        _ => throw new ArgumentOutOfRangeException(nameof(person), person, "Unexpected person reference."),
    };
}
