using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.MoodHoodSimulator.Http;

/// <summary>Runs first on every simulator endpoint: records the request, then applies the injected faults.</summary>
internal sealed class RequestPipelineFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var state = context.RequestServices.GetRequiredService<MoodHoodSimulatorState>();
        var operation = context.GetEndpoint()?.Metadata.GetMetadata<SimulatorOperation>()?.Name
            ?? MoodHoodOperations.NotFound;
        state.Record(context.Request.Method, context.Request.PathBase + context.Request.Path, operation);

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted,
            context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? default);
        if (!await state.Faults.WaitOutDelayAsync(stopping.Token))
        {
            return Results.Empty;
        }

        if (state.Faults.TakeFailure(operation) is { } failure)
        {
            if (failure.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            return Results.Text(failure.Body, failure.ContentType, statusCode: failure.StatusCode);
        }

        var lost = state.Faults.TakeLostAnswer(operation);
        var answer = await next(invocation);
        if (lost is null)
        {
            return answer;
        }

        await Task.Delay(lost.Delay, stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return Results.Text(
            """{"code":"GATEWAY_TIMEOUT","message":"The answer was lost on purpose"}""",
            "application/json",
            statusCode: lost.StatusCode);
    }
}
