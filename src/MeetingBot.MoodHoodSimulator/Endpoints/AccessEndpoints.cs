using System.Diagnostics.CodeAnalysis;
using MeetingBot.MoodHoodSimulator.Errors;
using MeetingBot.MoodHoodSimulator.Http;
using MeetingBot.MoodHoodSimulator.Models;
using MeetingBot.MoodHoodSimulator.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.MoodHoodSimulator.Endpoints;

/// <summary>
/// <c>POST …/rooms/{roomId}/generate-access</c> (reference §5.8): a personal link to the meeting page carrying a
/// fresh <c>accessToken</c>, one-time unless <c>isPermanent</c>, valid <c>ttl</c> seconds. Only the room's creator.
/// </summary>
internal static class AccessEndpoints
{
    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapAccessEndpoints(this IEndpointRouteBuilder api) =>
        new ResourceRoutes(api, "/spaces/{spaceId}/rooms/{roomId}/generate-access")
            .Post(new SimulatorOperation(MoodHoodOperations.GenerateAccess, TokenAccess.User), GenerateAsync)
            .Map();

    private static async Task<IResult> GenerateAsync(string spaceId, string roomId, HttpContext context, MoodHoodSimulatorState state)
    {
        var caller = ApiGateFilter.Caller(context);
        var room = SpaceAccess.OwnedRoom(state, spaceId, roomId, caller);
        if (!room.Succeeded)
        {
            return room.Failure.ToResult();
        }

        // Being the space owner is not enough: the room's creator (or a room moderator) only (CONFIRMED).
        if (room.Value.CreatorId != caller.AccountId)
        {
            return ApiErrors.Forbidden("Only the room's creator or a room moderator may generate access").ToResult();
        }

        var body = await JsonBody.ReadObjectAsync(context.Request);
        if (!body.Succeeded)
        {
            return body.Failure.ToResult();
        }

        using var document = body.Value;
        var input = AccessInputReader.Read(document.RootElement);
        if (!input.Succeeded)
        {
            return input.Failure.ToResult();
        }

        var request = input.Value;
        var token = Ids.NewToken();
        var url = PublicLinks.PersonalLink(
            PublicLinks.WebBaseUrl(context, state.Options), room.Value.Alias, request.Username, token);
        state.MeetingStore.AddLink(new IssuedLink(
            token, url, room.Value.Id, room.Value.Alias, request.Username, request.Role, request.ExternalUserId,
            request.ExternalMeetingId, request.TtlSeconds, request.IsPermanent, request.Email, request.Phone, state.Now));
        return Results.Json(new AccessUrlWire(url), MoodHoodJsonContext.Default.AccessUrlWire, statusCode: StatusCodes.Status201Created);
    }
}
