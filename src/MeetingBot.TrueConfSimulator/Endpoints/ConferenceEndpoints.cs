using System.Diagnostics.CodeAnalysis;
using MeetingBot.TrueConfSimulator.Errors;
using MeetingBot.TrueConfSimulator.Http;
using MeetingBot.TrueConfSimulator.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.TrueConfSimulator.Endpoints;

/// <summary>Conference create, read, update, delete, run and stop (reference §6, §11.4–7, §11.10).</summary>
internal static class ConferenceEndpoints
{
    private const string ReadScope = "conferences:read";
    private const string WriteScope = "conferences:write";

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapConferenceEndpoints(this IEndpointRouteBuilder api)
    {
        new ResourceRoutes(api, "/conferences")
            .Get(new SimulatorOperation(SimulatorOperations.ConferenceList, ReadScope), List)
            .Post(new SimulatorOperation(SimulatorOperations.ConferenceCreate, WriteScope), CreateAsync)
            .Map();

        var update = new SimulatorOperation(SimulatorOperations.ConferenceUpdate, WriteScope);
        new ResourceRoutes(api, "/conferences/{conferenceId}")
            .Get(new SimulatorOperation(SimulatorOperations.ConferenceGet, ReadScope), Get)
            .Put(update, UpdateAsync, ApiVersions.V3)
            .Patch(update, UpdateAsync, ApiVersions.V4)
            .Delete(new SimulatorOperation(SimulatorOperations.ConferenceDelete, WriteScope), Delete)
            .Map();

        new ResourceRoutes(api, "/conferences/{conferenceId}/run")
            .Post(new SimulatorOperation(SimulatorOperations.ConferenceRun, WriteScope), Run)
            .Map();
        new ResourceRoutes(api, "/conferences/{conferenceId}/stop")
            .Post(new SimulatorOperation(SimulatorOperations.ConferenceStop, WriteScope), Stop)
            .Map();
    }

    private static IResult List(HttpContext context, TrueConfSimulatorState state)
    {
        var version = ApiVersion.Require(context);
        var paging = Paging.Read(context.Request.Query, version.IsV4 ? "page" : "page_id");
        if (!paging.Succeeded)
        {
            return paging.Failure.ToResult();
        }

        var matches = ConferenceFilter.Apply(state.ConferenceStore, context.Request.Query);
        return ConferenceAnswers.Page(context, state, matches.Count, paging.Value.Slice(matches));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, TrueConfSimulatorState state)
    {
        var outcome = await ReadInputAsync(context, state, isCreate: true);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToResult();
        }

        if (LicenceRules.Check(outcome.Value, state.Options) is { } refusal)
        {
            return refusal.ToResult();
        }

        var created = state.ConferenceStore.Create(outcome.Value, state.Options.MaxParticipantsLimit);
        return created.Succeeded ? ConferenceAnswers.One(context, state, created.Value) : created.Failure.ToResult();
    }

    private static IResult Get(string conferenceId, HttpContext context, TrueConfSimulatorState state) =>
        state.FindConference(conferenceId) is { } conference
            ? ConferenceAnswers.One(context, state, conference)
            : ApiErrors.ConferenceNotFound(conferenceId).ToResult();

    private static async Task<IResult> UpdateAsync(string conferenceId, HttpContext context, TrueConfSimulatorState state)
    {
        if (state.FindConference(conferenceId) is null)
        {
            return ApiErrors.ConferenceNotFound(conferenceId).ToResult();
        }

        var outcome = await ReadInputAsync(context, state, isCreate: false);
        if (!outcome.Succeeded)
        {
            return outcome.Failure.ToResult();
        }

        if (LicenceRules.Check(outcome.Value, state.Options) is { } refusal)
        {
            return refusal.ToResult();
        }

        var updated = state.ConferenceStore.Update(conferenceId, outcome.Value);
        return updated.Succeeded ? ConferenceAnswers.One(context, state, updated.Value) : updated.Failure.ToResult();
    }

    private static IResult Delete(string conferenceId, TrueConfSimulatorState state)
    {
        var deleted = state.ConferenceStore.Delete(conferenceId);
        return deleted.Succeeded ? ConferenceAnswers.Id(deleted.Value.Id) : deleted.Failure.ToResult();
    }

    private static IResult Run(string conferenceId, TrueConfSimulatorState state)
    {
        var running = state.ConferenceStore.Run(conferenceId);
        return running.Succeeded ? ConferenceAnswers.State(running.Value) : running.Failure.ToResult();
    }

    private static IResult Stop(string conferenceId, TrueConfSimulatorState state)
    {
        var stopped = state.ConferenceStore.Stop(conferenceId);
        return stopped.Succeeded ? ConferenceAnswers.State(stopped.Value) : stopped.Failure.ToResult();
    }

    private static async Task<Outcome<ConferenceInput>> ReadInputAsync(
        HttpContext context, TrueConfSimulatorState state, bool isCreate)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request);
        if (!body.Succeeded)
        {
            return body.Failure;
        }

        using var document = body.Value;
        return ConferenceRequestReader.Read(
            document.RootElement, ApiVersion.Require(context), isCreate, state.Options.MaxParticipantsLimit);
    }
}
