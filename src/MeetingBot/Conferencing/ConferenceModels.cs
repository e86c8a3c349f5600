namespace MeetingBot.Conferencing;

public sealed record ConferenceUser(string Id, string DisplayName, string? Email, bool IsActive);

public enum ConferenceLayout
{
    AllOnScreen,
    SmartMeeting,
    Moderated,
}

/// <summary>What the bot asks the backend to create. The owner is also invited.</summary>
/// <param name="RequestKey">The command's idempotency key: the conference carries it, so a retry finds it instead of creating another.</param>
public sealed record NewConference(
    string RequestKey,
    string Topic,
    string OwnerId,
    IReadOnlyList<string> InviteeIds,
    ConferenceLayout Layout = ConferenceLayout.AllOnScreen,
    bool AllowGuests = false);

public enum ConferenceState
{
    Stopped,
    Running,
}

/// <summary>A conference as the backend reports it. <see cref="JoinUrl"/> opens the web client.</summary>
/// <param name="GuestUrl">The link for people without an account; null unless the conference allows guests.</param>
/// <param name="StartsAt">When a one-time scheduled conference is due to start; null for rooms started on demand.</param>
public sealed record Conference(
    string Id,
    string Topic,
    string OwnerId,
    ConferenceState State,
    string JoinUrl,
    string? PageUrl,
    IReadOnlyList<string> InviteeIds,
    string? GuestUrl = null,
    DateTimeOffset? StartsAt = null);
