namespace MeetingBot.MoodHoodSimulator.Http;

/// <summary>Names an endpoint for the request log and faults, and says which token it needs.</summary>
internal sealed record SimulatorOperation(string Name, TokenAccess Access = TokenAccess.None);

internal enum TokenAccess
{
    /// <summary>No token checked (token endpoint, meeting pages).</summary>
    None,

    /// <summary>A client or a user token (reading a room, reference §5.6).</summary>
    AnyToken,

    /// <summary>A user (or personal) token; a client token gets 403 "this method is forbidden for the user".</summary>
    User,
}

/// <summary>All methods of one path, for the <c>Allow</c> header of a 405.</summary>
internal sealed record ResourceMethods(IReadOnlyList<string> Methods);

/// <summary>Where the simulator is mounted, to build its public links.</summary>
internal sealed record SimulatorMount(string Prefix);
