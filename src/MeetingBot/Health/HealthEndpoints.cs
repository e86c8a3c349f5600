using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Health;

public static class HealthEndpoints
{
    public const string Live = "live";
    public const string Ready = "ready";

    /// <summary>Liveness (the process answers) and readiness (TrueConf and the store work), both as JSON.</summary>
    public static IServiceCollection AddMeetingBotHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck("process", () => HealthCheckResult.Healthy("Answering requests"), [Live]);
        return services;
    }

    public static IEndpointRouteBuilder MapMeetingBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", Options(Live));
        endpoints.MapHealthChecks("/readyz", Options(Ready));
        return endpoints;
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResponseWriter = HealthReportJson.WriteAsync,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
    };
}
