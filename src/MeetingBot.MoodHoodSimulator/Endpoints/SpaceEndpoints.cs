using System.Diagnostics.CodeAnalysis;
using MeetingBot.MoodHoodSimulator.Errors;
using MeetingBot.MoodHoodSimulator.Http;
using MeetingBot.MoodHoodSimulator.Models;
using MeetingBot.MoodHoodSimulator.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.MoodHoodSimulator.Endpoints;

/// <summary><c>GET /v1/spaces/</c> (the caller's spaces) and <c>POST /v1/spaces</c> (createSpace, reference §5.4).</summary>
internal static class SpaceEndpoints
{
    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapSpaceEndpoints(this IEndpointRouteBuilder api) =>
        new ResourceRoutes(api, "/spaces")
            .Get(new SimulatorOperation(MoodHoodOperations.SpaceList, TokenAccess.User), List)
            .Post(new SimulatorOperation(MoodHoodOperations.SpaceCreate, TokenAccess.User), CreateAsync)
            .Map();

    private static IResult List(HttpContext context, MoodHoodSimulatorState state)
    {
        var caller = ApiGateFilter.Caller(context);
        var spaces = state.Spaces.Where(space => space.OwnerId == caller.AccountId).Select(WireMapper.Space).ToArray();
        return Results.Json(new ListWire<SpaceWire>(spaces, spaces.Length), MoodHoodJsonContext.Default.ListWireSpaceWire);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, MoodHoodSimulatorState state)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request);
        if (!body.Succeeded)
        {
            return body.Failure.ToResult();
        }

        using var document = body.Value;
        var fields = new FieldReader(document.RootElement);
        var name = fields.Text("name", required: true);
        // ASSUMED default when omitted: private (reference §5.4).
        var isPublic = fields.Bool("isPublic") ?? false;
        var description = fields.Text("description");
        var logo = fields.Text("logo");
        if (fields.Problems.Count > 0)
        {
            return ApiErrors.Validation(fields.Problems).ToResult();
        }

        var caller = ApiGateFilter.Caller(context);
        var space = state.MeetingStore.AddSpace(new SimulatedSpace(
            Ids.NewObjectId(), caller.AccountId!, name!, description, logo, isPublic, state.Now));
        return Results.Json(WireMapper.Space(space), MoodHoodJsonContext.Default.SpaceWire, statusCode: StatusCodes.Status201Created);
    }
}
