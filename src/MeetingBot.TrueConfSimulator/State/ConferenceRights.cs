namespace MeetingBot.TrueConfSimulator;

/// <summary><c>rights.guest</c> and <c>rights.user</c> (reference §6.4): right name → allowed.</summary>
public sealed record ConferenceRights(IReadOnlyDictionary<string, bool> Guest, IReadOnlyDictionary<string, bool> User)
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "chat_send", "chat_rcv", "slide_show_send", "slide_show_rcv", "white_board_send", "white_board_rcv",
        "file_transfer_send", "file_transfer_rcv", "desktop_sharing", "recording", "audio_send", "audio_rcv",
        "video_send", "video_rcv",
    ];

    public static ConferenceRights AllAllowed { get; } = new(AllTrue(), AllTrue());

    private static Dictionary<string, bool> AllTrue() => Names.ToDictionary(name => name, _ => true);
}
