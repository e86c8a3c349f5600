using System.Diagnostics.CodeAnalysis;
using MeetingBot.MoodHoodSimulator.Errors;
using MeetingBot.MoodHoodSimulator.Http;
using MeetingBot.MoodHoodSimulator.Models;
using MeetingBot.MoodHoodSimulator.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.MoodHoodSimulator.Endpoints;

/// <summary>Rooms of a space: list, create, read (also by alias), partial update and delete (reference §5.5–5.7).</summary>
internal static class RoomEndpoints
{
    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapRoomEndpoints(this IEndpointRouteBuilder api)
    {
        new ResourceRoutes(api, "/spaces/{spaceId}/rooms")
            .Get(new SimulatorOperation(MoodHoodOperations.RoomList, TokenAccess.User), List)
            .Post(new SimulatorOperation(MoodHoodOperations.RoomCreate, TokenAccess.User), CreateAsync)
            .Map();
        new ResourceRoutes(api, "/spaces/{spaceId}/rooms/{roomId}")
            .Get(new SimulatorOperation(MoodHoodOperations.RoomGet, TokenAccess.AnyToken), Get)
            .Put(new SimulatorOperation(MoodHoodOperations.RoomUpdate, TokenAccess.User), UpdateAsync)
            .Delete(new SimulatorOperation(MoodHoodOperations.RoomDelete, TokenAccess.User), Delete)
            .Map();
        new ResourceRoutes(api, "/spaces/room-by-alias/{alias}")
            .Get(new SimulatorOperation(MoodHoodOperations.RoomGetByAlias, TokenAccess.AnyToken), GetByAlias)
            .Map();
    }

    private static IResult List(string spaceId, HttpContext context, MoodHoodSimulatorState state)
    {
        var space = SpaceAccess.Owned(state, spaceId, ApiGateFilter.Caller(context));
        if (!space.Succeeded)
        {
            return space.Failure.ToResult();
        }

        var rooms = state.Rooms.Where(room => room.SpaceId == spaceId).Select(room => Wire(room, state)).ToArray();
        return Results.Json(new ListWire<RoomWire>(rooms, rooms.Length), MoodHoodJsonContext.Default.ListWireRoomWire);
    }

    private static async Task<IResult> CreateAsync(string spaceId, HttpContext context, MoodHoodSimulatorState state)
    {
        var caller = ApiGateFilter.Caller(context);
        var space = SpaceAccess.Owned(state, spaceId, caller);
        if (!space.Succeeded)
        {
            return space.Failure.ToResult();
        }

        var input = await ReadInputAsync(context, isCreate: true);
        if (!input.Succeeded)
        {
            return input.Failure.ToResult();
        }

        var fields = input.Value;
        // ASSUMED defaults when omitted (reference §5.5): a private lesson with chat and screen sharing.
        var room = state.MeetingStore.AddRoom(alias => new SimulatedRoom(
            Ids.NewObjectId(), alias, Guid.NewGuid().ToString(), spaceId, caller.AccountId!, fields.Name!,
            fields.Type ?? "lesson", fields.IsPublic ?? false, fields.IsChatAllowed ?? true,
            fields.IsScreensharingAllowed ?? true, state.Now)
        {
            Settings = fields.Settings,
        });
        return Results.Json(Wire(room, state), MoodHoodJsonContext.Default.RoomWire, statusCode: StatusCodes.Status201Created);
    }

    private static IResult Get(string spaceId, string roomId, HttpContext context, MoodHoodSimulatorState state)
    {
        var room = state.FindRoom(roomId) is { } found && found.SpaceId == spaceId ? found : null;
        var readable = SpaceAccess.Readable(state, room, roomId, ApiGateFilter.Caller(context));
        return readable.Succeeded
            ? Results.Json(Wire(readable.Value, state), MoodHoodJsonContext.Default.RoomWire)
            : readable.Failure.ToResult();
    }

    private static IResult GetByAlias(string alias, HttpContext context, MoodHoodSimulatorState state)
    {
        var readable = SpaceAccess.Readable(state, state.FindRoomByAlias(alias), alias, ApiGateFilter.Caller(context));
        return readable.Succeeded
            ? Results.Json(Wire(readable.Value, state), MoodHoodJsonContext.Default.RoomWire)
            : readable.Failure.ToResult();
    }

    private static async Task<IResult> UpdateAsync(string spaceId, string roomId, HttpContext context, MoodHoodSimulatorState state)
    {
        var room = SpaceAccess.OwnedRoom(state, spaceId, roomId, ApiGateFilter.Caller(context));
        if (!room.Succeeded)
        {
            return room.Failure.ToResult();
        }

        var input = await ReadInputAsync(context, isCreate: false);
        if (!input.Succeeded)
        {
            return input.Failure.ToResult();
        }

        var fields = input.Value;
        var updated = state.MeetingStore.UpdateRoom(roomId, current => current with
        {
            Name = fields.Name ?? current.Name,
            Type = fields.Type ?? current.Type,
            IsPublic = fields.IsPublic ?? current.IsPublic,
            IsChatAllowed = fields.IsChatAllowed ?? current.IsChatAllowed,
            IsScreensharingAllowed = fields.IsScreensharingAllowed ?? current.IsScreensharingAllowed,
            Settings = current.Settings.Concat(fields.Settings)
                .GroupBy(pair => pair.Key)
                .ToDictionary(group => group.Key, group => group.Last().Value),
        });
        return updated is null
            ? ApiErrors.RoomNotFound(roomId).ToResult()
            : Results.Json(Wire(updated, state), MoodHoodJsonContext.Default.RoomWire);
    }

    private static IResult Delete(string spaceId, string roomId, HttpContext context, MoodHoodSimulatorState state)
    {
        var room = SpaceAccess.OwnedRoom(state, spaceId, roomId, ApiGateFilter.Caller(context));
        if (!room.Succeeded)
        {
            return room.Failure.ToResult();
        }

        return state.DeleteRoom(roomId) ? Results.NoContent() : ApiErrors.RoomNotFound(roomId).ToResult();
    }

    private static async Task<Outcome<RoomInput>> ReadInputAsync(HttpContext context, bool isCreate)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request);
        if (!body.Succeeded)
        {
            return body.Failure;
        }

        using var document = body.Value;
        return RoomInputReader.Read(document.RootElement, isCreate);
    }

    private static RoomWire Wire(SimulatedRoom room, MoodHoodSimulatorState state) => WireMapper.Room(room, state.Options.ClientId);
}
