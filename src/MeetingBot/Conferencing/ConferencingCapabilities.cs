namespace MeetingBot.Conferencing;

/// <summary>What the active video backend can do; the core, help text and cards read it instead of naming a backend.</summary>
/// <param name="DisplayName">The backend's name as users know it.</param>
/// <param name="HasUserDirectory">People are looked up by id, e-mail or name before a meeting starts.</param>
/// <param name="LiveParticipants">Who is in the call can be asked.</param>
/// <param name="CanStop">A meeting can be stopped.</param>
/// <param name="Guests">Public meetings with a guest link.</param>
/// <param name="PersonalLinks">One-time personal join links.</param>
/// <param name="CallHeadcount">
/// How many are in the call can be asked, not who (<see cref="ICallHeadcount"/>); meaningful where
/// <paramref name="LiveParticipants"/> is false.
/// </param>
public sealed record ConferencingCapabilities(
    string DisplayName,
    bool HasUserDirectory,
    bool LiveParticipants,
    bool CanStop,
    bool Guests,
    bool PersonalLinks,
    bool CallHeadcount = false);
