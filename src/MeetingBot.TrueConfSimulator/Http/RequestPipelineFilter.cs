using MeetingBot.Simulation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.TrueConfSimulator.Http;

/// <summary>Runs first on every simulator endpoint: records the request, then applies the injected faults.</summary>
internal sealed class RequestPipelineFilter : IEndpointFilter
{
    // In the API's error shape: what a client gets instead of the answer that was lost on purpose.
    private const string LostAnswerBody = """{"error":{"code":500,"message":"The answer was lost on purpose"}}""";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var state = context.RequestServices.GetRequiredService<TrueConfSimulatorState>();
        var operation = context.GetEndpoint()?.Metadata.GetMetadata<SimulatorOperation>()?.Name
            ?? SimulatorOperations.NotFound;
        state.Record(context.Request.Method, context.Request.PathBase + context.Request.Path, operation);
        return FaultInjection.ApplyAsync(state.Faults, operation, LostAnswerBody, invocation, next);
    }
}
