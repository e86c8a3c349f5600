namespace MeetingBot.Conferencing;

/// <summary>
/// Count-only presence, for backends that tell how many are in a call but not who
/// (<see cref="ConferencingCapabilities.CallHeadcount"/>).
/// </summary>
public interface ICallHeadcount
{
    /// <summary>
    /// How many are in the conference's call now: 0 when no call runs in it. Null when the backend cannot tell after
    /// all (it turned out not to offer it); <see cref="ConferencingCapabilities.CallHeadcount"/> is false from then on
    /// and nothing asks again.
    /// </summary>
    Task<int?> CountInCallAsync(string conferenceId, CancellationToken cancellationToken);
}
