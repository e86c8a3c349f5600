using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using MeetingBot.TrueConfSimulator.Errors;
using MeetingBot.TrueConfSimulator.Http;
using MeetingBot.TrueConfSimulator.Models;
using MeetingBot.TrueConfSimulator.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.TrueConfSimulator.Endpoints;

/// <summary>The planned participant list of a conference (reference §7, §11.8).</summary>
internal static class InvitationEndpoints
{
    private const string ReadScope = "conferences.invitations:read";
    private const string WriteScope = "conferences.invitations:write";

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapInvitationEndpoints(this IEndpointRouteBuilder api)
    {
        new ResourceRoutes(api, "/conferences/{conferenceId}/invitations")
            .Get(new SimulatorOperation(SimulatorOperations.InvitationList, ReadScope), List)
            .Post(new SimulatorOperation(SimulatorOperations.InvitationAdd, WriteScope), AddAsync)
            .Map();

        var update = new SimulatorOperation(SimulatorOperations.InvitationUpdate, WriteScope);
        new ResourceRoutes(api, "/conferences/{conferenceId}/invitations/{invitationId}")
            .Get(new SimulatorOperation(SimulatorOperations.InvitationGet, ReadScope), Get)
            .Put(update, UpdateAsync, ApiVersions.V3)
            .Patch(update, UpdateAsync, ApiVersions.V4)
            .Delete(new SimulatorOperation(SimulatorOperations.InvitationRemove, WriteScope), Remove)
            .Map();
    }

    private static IResult List(string conferenceId, TrueConfSimulatorState state)
    {
        if (state.FindConference(conferenceId) is not { } conference)
        {
            return ApiErrors.ConferenceNotFound(conferenceId).ToResult();
        }

        var invitations = conference.Invitations.Select(i => ToWire(state, conference, i)).ToArray();
        return Results.Json(new InvitationListWire(invitations), SimulatorJsonContext.Default.InvitationListWire);
    }

    /// <summary>v3 sends <c>{"id","display_name"}</c>, v4 wraps it in <c>{"invitation":{…}}</c>; both are read.</summary>
    private static async Task<IResult> AddAsync(string conferenceId, HttpContext context, TrueConfSimulatorState state)
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
        var fields = new FieldReader(Unwrap(document.RootElement), []);
        var invitation = InvitationReader.ReadOne(fields);
        if (fields.Errors.Count > 0 || invitation is null)
        {
            return ApiErrors.Invalid(fields.Errors).ToResult();
        }

        var added = state.ConferenceStore.AddInvitation(conferenceId, invitation);
        return added.Succeeded ? One(state, conferenceId, added.Value) : added.Failure.ToResult();
    }

    private static IResult Get(string conferenceId, string invitationId, TrueConfSimulatorState state)
    {
        if (state.FindConference(conferenceId) is not { } conference)
        {
            return ApiErrors.ConferenceNotFound(conferenceId).ToResult();
        }

        return conference.InvitationOf(invitationId) is { } invitation
            ? One(state, conferenceId, invitation)
            : ApiErrors.InvitationNotFound(invitationId).ToResult();
    }

    private static async Task<IResult> UpdateAsync(
        string conferenceId, string invitationId, HttpContext context, TrueConfSimulatorState state)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request);
        if (!body.Succeeded)
        {
            return body.Failure.ToResult();
        }

        using var document = body.Value;
        var root = Unwrap(document.RootElement);
        var fields = new FieldReader(root, []);
        var displayName = fields.String("display_name");
        var isModerator = fields.Bool("is_moderator");
        if (fields.Errors.Count > 0)
        {
            return ApiErrors.Invalid(fields.Errors).ToResult();
        }

        // An explicit null clears the display name; leaving the field out keeps it.
        var changesName = root.TryGetProperty("display_name", out _);
        var updated = state.ConferenceStore.UpdateInvitation(conferenceId, invitationId, invitation => invitation with
        {
            DisplayName = changesName ? displayName : invitation.DisplayName,
            IsModerator = isModerator ?? invitation.IsModerator,
        });
        return updated.Succeeded ? One(state, conferenceId, updated.Value) : updated.Failure.ToResult();
    }

    private static IResult Remove(string conferenceId, string invitationId, TrueConfSimulatorState state)
    {
        var removed = state.ConferenceStore.RemoveInvitation(conferenceId, invitationId);
        return removed.Succeeded ? ConferenceAnswers.Id(removed.Value.UserId) : removed.Failure.ToResult();
    }

    private static IResult One(TrueConfSimulatorState state, string conferenceId, ConferenceInvitation invitation)
    {
        if (state.FindConference(conferenceId) is not { } conference)
        {
            return ApiErrors.ConferenceNotFound(conferenceId).ToResult();
        }

        return Results.Json(
            new InvitationEnvelope(ToWire(state, conference, invitation)), SimulatorJsonContext.Default.InvitationEnvelope);
    }

    private static InvitationWire ToWire(
        TrueConfSimulatorState state, SimulatedConference conference, ConferenceInvitation invitation)
    {
        var user = state.FindUser(invitation.UserId) ?? new SimulatedUser(invitation.UserId, invitation.UserId, "");
        return WireMapper.Invitation(conference, invitation, user, state.PresenceOf(user), state.Options.ServerName);
    }

    private static JsonElement Unwrap(JsonElement root) =>
        root.TryGetProperty("invitation", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
}
