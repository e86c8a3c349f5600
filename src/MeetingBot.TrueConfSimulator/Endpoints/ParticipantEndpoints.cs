using System.Diagnostics.CodeAnalysis;
using MeetingBot.TrueConfSimulator.Errors;
using MeetingBot.TrueConfSimulator.Http;
using MeetingBot.TrueConfSimulator.Models;
using MeetingBot.TrueConfSimulator.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.TrueConfSimulator.Endpoints;

/// <summary>People in, or being called into, a running conference (reference §8, §11.7–8).</summary>
internal static class ParticipantEndpoints
{
    private const string ReadScope = "conferences.participants:read";
    private const string WriteScope = "conferences.participants:write";

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapParticipantEndpoints(this IEndpointRouteBuilder api)
    {
        var invite = new SimulatorOperation(SimulatorOperations.ParticipantInvite, WriteScope);
        new ResourceRoutes(api, "/conferences/{conferenceId}/participants")
            .Get(new SimulatorOperation(SimulatorOperations.ParticipantList, ReadScope), List)
            .Post(invite, CallOneAsync)
            .Map();
        new ResourceRoutes(api, "/conferences/{conferenceId}/participants/{participantId}")
            .Get(new SimulatorOperation(SimulatorOperations.ParticipantGet, ReadScope), Get)
            .Delete(new SimulatorOperation(SimulatorOperations.ParticipantRemove, WriteScope), Remove)
            .Map();
        new ResourceRoutes(api, "/conferences/{conferenceId}/invite")
            .Post(invite, CallManyAsync, ApiVersions.V4)
            .Map();
    }

    private static IResult List(string conferenceId, HttpContext context, TrueConfSimulatorState state)
    {
        if (state.FindConference(conferenceId) is not { } conference)
        {
            return ApiErrors.ConferenceNotFound(conferenceId).ToResult();
        }

        var isV4 = ApiVersion.Require(context).IsV4;
        var participants = conference.Participants.Select(p => ToWire(state, conference, p, isV4));
        if (isV4)
        {
            participants = V4Filter(participants, context.Request.Query);
        }

        var list = participants.ToArray();
        return Results.Json(
            new ParticipantListWire(isV4 ? list.Length : null, list), SimulatorJsonContext.Default.ParticipantListWire);
    }

    /// <summary>v3 <c>{"participant_id":"kevin"}</c>.</summary>
    private static async Task<IResult> CallOneAsync(string conferenceId, HttpContext context, TrueConfSimulatorState state)
    {
        if (state.FindConference(conferenceId) is null)
        {
            return ApiErrors.ConferenceNotFound(conferenceId).ToResult();
        }

        var body = await JsonBody.ReadObjectAsync(context.Request);
        if (!body.Succeeded)
        {
            return body.Failure.ToResult();
        }

        using var document = body.Value;
        var fields = new FieldReader(document.RootElement, []);
        fields.Require("participant_id");
        var userId = fields.String("participant_id");
        if (fields.Errors.Count > 0 || userId is null)
        {
            return ApiErrors.Invalid(fields.Errors).ToResult();
        }

        var called = state.ConferenceParticipants.Call(conferenceId, userId.Split('@')[0], "participant_id");
        return called.Succeeded ? One(context, state, conferenceId, called.Value) : called.Failure.ToResult();
    }

    /// <summary>v4 <c>{"participants":["kevin","dean"]}</c>; all ids are checked before anyone is called.</summary>
    private static async Task<IResult> CallManyAsync(string conferenceId, HttpContext context, TrueConfSimulatorState state)
    {
        if (state.FindConference(conferenceId) is null)
        {
            return ApiErrors.ConferenceNotFound(conferenceId).ToResult();
        }

        var body = await JsonBody.ReadObjectAsync(context.Request);
        if (!body.Succeeded)
        {
            return body.Failure.ToResult();
        }

        using var document = body.Value;
        var fields = new FieldReader(document.RootElement, []);
        fields.Require("participants");
        var userIds = fields.Strings("participants")?.Select(id => id.Split('@')[0]).ToArray();
        if (fields.Errors.Count > 0 || userIds is null)
        {
            return ApiErrors.Invalid(fields.Errors).ToResult();
        }

        var unknown = userIds.Where(id => state.FindUser(id) is null).ToArray();
        if (unknown.Length > 0)
        {
            return ApiErrors.Invalid(unknown.Select(id => ApiErrors.UserNotFoundInParameter(id, "participants")).ToArray())
                .ToResult();
        }

        foreach (var userId in userIds)
        {
            var called = state.ConferenceParticipants.Call(conferenceId, userId, "participants");
            if (!called.Succeeded)
            {
                return called.Failure.ToResult();
            }
        }

        return List(conferenceId, context, state);
    }

    private static IResult Get(string conferenceId, string participantId, HttpContext context, TrueConfSimulatorState state)
    {
        if (state.FindConference(conferenceId) is not { } conference)
        {
            return ApiErrors.ConferenceNotFound(conferenceId).ToResult();
        }

        return conference.ParticipantOf(participantId) is { } participant
            ? One(context, state, conferenceId, participant)
            : ApiErrors.ParticipantNotFound(participantId).ToResult();
    }

    private static IResult Remove(string conferenceId, string participantId, TrueConfSimulatorState state)
    {
        var removed = state.ConferenceParticipants.Remove(conferenceId, participantId);
        return removed.Succeeded ? ConferenceAnswers.Id(removed.Value.UserId) : removed.Failure.ToResult();
    }

    private static IResult One(
        HttpContext context, TrueConfSimulatorState state, string conferenceId, ConferenceParticipant participant)
    {
        var conference = state.FindConference(conferenceId);
        if (conference is null)
        {
            return ApiErrors.ConferenceNotFound(conferenceId).ToResult();
        }

        var wire = ToWire(state, conference, participant, ApiVersion.Require(context).IsV4);
        return Results.Json(new ParticipantEnvelope(wire), SimulatorJsonContext.Default.ParticipantEnvelope);
    }

    private static ParticipantWire ToWire(
        TrueConfSimulatorState state, SimulatedConference conference, ConferenceParticipant participant, bool isV4)
    {
        var user = state.FindUser(participant.UserId) ?? new SimulatedUser(participant.UserId, participant.UserId, "");
        return WireMapper.Participant(
            conference, participant, user, state.PresenceOf(user), state.Options.ServerName, isV4);
    }

    private static IEnumerable<ParticipantWire> V4Filter(IEnumerable<ParticipantWire> participants, IQueryCollection query)
    {
        var inConference = query["is_in_conf"].ToString();
        var displayName = query["display_name"].ToString();
        return participants.Where(p =>
            (inConference.Length == 0 || p.IsInConf == (inConference is "true" or "1")) &&
            (displayName.Length == 0 || p.DisplayName.Contains(displayName, StringComparison.OrdinalIgnoreCase)));
    }
}
