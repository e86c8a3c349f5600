using System.Diagnostics.CodeAnalysis;
using MeetingBot.MoodHoodSimulator.Endpoints;
using MeetingBot.MoodHoodSimulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.MoodHoodSimulator;

public static class MoodHoodSimulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the simulated MoodHood API (<c>/v1/…</c>) and meeting pages (<c>/room/{alias}</c>) under
    /// <paramref name="prefix"/> (e.g. <c>/moodhood</c>, or "" for a standalone server), and 404 answers in the
    /// API's shape for everything else under the prefix. API base and web base are then the same address.
    /// </summary>
    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static RouteGroupBuilder MapMoodHoodSimulator(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        if (endpoints.ServiceProvider.GetService<MoodHoodSimulatorState>() is null)
        {
            throw new InvalidOperationException(
                $"Call services.{nameof(MoodHoodSimulatorServiceCollectionExtensions.AddMoodHoodSimulator)}() " +
                $"before {nameof(MapMoodHoodSimulator)}().");
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

        simulator.MapMeetingPageEndpoints();

        var api = simulator.MapGroup("/v1");
        api.AddEndpointFilter<ApiGateFilter>();
        api.MapTokenEndpoints();
        api.MapUserEndpoints();
        api.MapSpaceEndpoints();
        api.MapRoomEndpoints();
        api.MapAccessEndpoints();
        api.MapAnalyticsEndpoints();
        api.MapWebhookEndpoints();

        // Lowest route precedence: only what nothing above matched.
        simulator.Map("/{**unmatched}", (HttpContext context) => HttpResults.NotFound(context));
        return simulator;
    }
}
