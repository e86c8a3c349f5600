using MeetingBot.Meetings;
using MeetingBot.Slack.Inbound;

namespace MeetingBot.Slack.Blocks;

/// <summary>
/// Reads a Slack action back as the card action the core knows: a button sends its verb as <c>action_id</c> and the
/// meeting as <c>value</c>; the Invite box sends what was typed, with the meeting in its <c>block_id</c>.
/// </summary>
public static class SlackCardActions
{
    private const char RefSeparator = '|';

    /// <summary>The request for the core, or null for a link button (Join: only acknowledged) and anything not ours.</summary>
    public static CardActionRequest? ToRequest(SlackAction action) => action.ActionId switch
    {
        // Join carries a value only where it asks for a personal link; as a plain link it is only acknowledged.
        MeetingCardVerbs.ShowParticipants or MeetingCardVerbs.Stop or MeetingCardVerbs.Join when !string.IsNullOrEmpty(action.Value) =>
            Request(action.ActionId, new() { [MeetingCardVerbs.MeetingKey] = action.Value }),
        MeetingCardVerbs.Invite when MeetingRefOf(action.BlockId) is { } meetingRef =>
            Request(MeetingCardVerbs.Invite, new() { [MeetingCardVerbs.MeetingKey] = meetingRef, [MeetingCardVerbs.PeopleInput] = action.Value ?? "" }),
        _ => null,
    };

    /// <summary>
    /// <c>meeting.invite.{invitees}|{meeting}</c>. The part before the separator changes when somebody was invited:
    /// Slack wants a new block id in an updated message (reference §6) and, as far as known, keeps what was typed in a
    /// box whose block id stays — so the box comes back empty after an invitation, and keeps a misspelt name to fix.
    /// </summary>
    internal static string InviteBlockId(MeetingView meeting) =>
        $"{MeetingCardVerbs.Invite}.{meeting.Invitees.Count}{RefSeparator}{meeting.MeetingRef}";

    private static string? MeetingRefOf(string? blockId)
    {
        var separator = blockId?.IndexOf(RefSeparator) ?? -1;
        return separator > 0 && blockId![..separator].StartsWith(MeetingCardVerbs.Invite, StringComparison.Ordinal) && separator + 1 < blockId.Length
            ? blockId[(separator + 1)..]
            : null;
    }

    private static CardActionRequest Request(string verb, Dictionary<string, string> data) => new(verb, data, IsRefresh: false);
}
