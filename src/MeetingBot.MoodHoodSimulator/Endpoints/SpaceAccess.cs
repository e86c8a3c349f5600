using MeetingBot.MoodHoodSimulator.Errors;

namespace MeetingBot.MoodHoodSimulator.Endpoints;

/// <summary>Who may reach a space and its rooms: its owner with a user token; a client token only public rooms.</summary>
internal static class SpaceAccess
{
    /// <summary>The space for its owner: unknown → 404, somebody else's → 403.</summary>
    public static Outcome<SimulatedSpace> Owned(MoodHoodSimulatorState state, string spaceId, IssuedToken caller)
    {
        if (state.MeetingStore.FindSpace(spaceId) is not { } space)
        {
            return ApiErrors.SpaceNotFound(spaceId);
        }

        return space.OwnerId == caller.AccountId ? space : ApiErrors.Forbidden("You have no access to this space");
    }

    /// <summary>A room of an owned space; a room of another space is unknown here (404).</summary>
    public static Outcome<SimulatedRoom> OwnedRoom(MoodHoodSimulatorState state, string spaceId, string roomId, IssuedToken caller)
    {
        var space = Owned(state, spaceId, caller);
        if (!space.Succeeded)
        {
            return space.Failure;
        }

        return state.MeetingStore.FindRoom(roomId) is { } room && room.SpaceId == spaceId
            ? room
            : ApiErrors.RoomNotFound(roomId);
    }

    /// <summary>
    /// Reading a room (reference §5.6): any token for a public room, the space owner for a private one
    /// (ASSUMED: otherwise 403).
    /// </summary>
    public static Outcome<SimulatedRoom> Readable(MoodHoodSimulatorState state, SimulatedRoom? room, string roomKey, IssuedToken caller)
    {
        if (room is null)
        {
            return ApiErrors.RoomNotFound(roomKey);
        }

        if (room.IsPublic)
        {
            return room;
        }

        if (caller.Kind == TokenKind.Client)
        {
            return ApiErrors.ClientTokenForbidden();
        }

        return state.MeetingStore.FindSpace(room.SpaceId)?.OwnerId == caller.AccountId
            ? room
            : ApiErrors.Forbidden("You have no access to this room");
    }
}
