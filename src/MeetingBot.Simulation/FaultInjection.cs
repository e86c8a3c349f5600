using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Simulation;

/// <summary>What a simulator's first endpoint filter does with its <see cref="SimulatedFaults"/> around a request.</summary>
public static class FaultInjection
{
    /// <summary>
    /// Waits out the response delay (nothing is answered when the client left or the host stops), answers an injected
    /// failure instead of handling the request, or handles it and then answers <paramref name="lostAnswerBody"/> in
    /// place of the real answer when that answer is to be lost.
    /// </summary>
    public static async ValueTask<object?> ApplyAsync(
        SimulatedFaults faults, string operation, string lostAnswerBody, EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted,
            context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? default);
        if (!await faults.WaitOutDelayAsync(stopping.Token))
        {
            return Results.Empty;
        }

        if (faults.TakeFailure(operation) is { } failure)
        {
            if (failure.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            return Results.Text(failure.Body, failure.ContentType, statusCode: failure.StatusCode);
        }

        var lost = faults.TakeLostAnswer(operation);
        var answer = await next(invocation);
        if (lost is null)
        {
            return answer;
        }

        await Task.Delay(lost.Delay, stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return Results.Text(lostAnswerBody, "application/json", statusCode: lost.StatusCode);
    }
}
