namespace MeetingBot.TrueConfSimulator;

/// <summary>A TrueConf Server account in the simulator's directory.</summary>
/// <param name="Id">TrueConf id (login), e.g. <c>helen</c>.</param>
public sealed record SimulatedUser(string Id, string DisplayName, string Email)
{
    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string Company { get; init; } = "";

    public bool IsActive { get; init; } = true;

    /// <summary>Presence (§5.2) while the user is not in a running conference: 1 online, 2 busy, 0 offline.</summary>
    public int Presence { get; init; } = UserPresence.Online;
}
