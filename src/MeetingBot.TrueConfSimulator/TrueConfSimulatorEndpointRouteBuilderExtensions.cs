using System.Diagnostics.CodeAnalysis;
using MeetingBot.TrueConfSimulator.Endpoints;
using MeetingBot.TrueConfSimulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.TrueConfSimulator;

public static class TrueConfSimulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the simulated TrueConf Server under <paramref name="prefix"/> (e.g. <c>/trueconf</c>, or "" for a
    /// standalone server): token endpoint, API v3.x/v4, conference pages, and 404/405 answers for everything
    /// else under the prefix.
    /// </summary>
    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static RouteGroupBuilder MapTrueConfSimulator(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        if (endpoints.ServiceProvider.GetService<TrueConfSimulatorState>() is null)
        {
            throw new InvalidOperationException(
                $"Call services.{nameof(TrueConfSimulatorServiceCollectionExtensions.AddTrueConfSimulator)}() " +
                $"before {nameof(MapTrueConfSimulator)}().");
        }

        var normalized = prefix.Trim().TrimEnd('/');
        if (normalized.Length > 0 && !normalized.StartsWith('/'))
        {
            normalized = "/" + normalized;
        }

        var simulator = endpoints.MapGroup(normalized);
        simulator.WithMetadata(new SimulatorMount(normalized))
            .AddEndpointFilter<RequestPipelineFilter>()
            .ExcludeFromDescription();

        simulator.MapTokenEndpoints();
        simulator.MapAuthorizeEndpoints();
        simulator.MapPageEndpoints();

        var api = simulator.MapGroup("/api/{version}");
        api.AddEndpointFilter<ApiGateFilter>();
        api.MapUserEndpoints();
        api.MapConferenceEndpoints();
        api.MapParticipantEndpoints();
        api.MapInvitationEndpoints();

        // Lowest route precedence: only what nothing above matched.
        simulator.Map("/{**unmatched}", (HttpContext context) => HttpResults.NotFound(context));
        return simulator;
    }
}
