namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary>From the simulator's state to the API's wire shapes.</summary>
internal static class WireMapper
{
    public static SpaceWire Space(SimulatedSpace space) =>
        new(space.Id, space.Name, space.Description, space.Logo, space.IsPublic, space.CreatedAt);

    /// <param name="appId">The API client the room belongs to; the simulator has one.</param>
    public static RoomWire Room(SimulatedRoom room, string appId) =>
        new()
        {
            Id = room.Id,
            Alias = room.Alias,
            ChannelId = room.ChannelId,
            AppId = appId,
            SpaceId = room.SpaceId,
            Name = room.Name,
            Type = room.Type,
            IsPublic = room.IsPublic,
            IsChatAllowed = room.IsChatAllowed,
            IsScreensharingAllowed = room.IsScreensharingAllowed,
            CreatedAt = room.CreatedAt,
            Settings = room.Settings.Count == 0 ? null : new(room.Settings),
        };

    public static CallWire Call(SimulatedCall call) =>
        new(call.Id, call.IsActive, call.RoomId, call.Present.Count, IsBreakoutRoom: false, PlanAlias: "simulator",
            call.RoomType, call.Participants.Count, call.UniqueParticipantsCount, call.StartedAt, call.FinishedAt);
}
