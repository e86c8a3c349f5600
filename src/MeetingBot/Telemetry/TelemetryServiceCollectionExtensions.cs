using Azure.Monitor.OpenTelemetry.Exporter;
using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MeetingBot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The bot's own instruments; every part that records something registers them.</summary>
    public static IServiceCollection AddMeetingBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<MeetingBotMetrics>();
        return services;
    }

    /// <summary>
    /// OpenTelemetry traces and metrics for ASP.NET Core, outgoing HTTP and the bot's own instruments, exported to
    /// Application Insights when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (signed in as the bot's managed
    /// identity when <c>MicrosoftAppType</c> is <c>UserAssignedMSI</c>) and over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. With neither, the pipeline is not built at all: recording spans
    /// nobody exports costs every request. The instruments stay observable in-process (dotnet-counters).
    /// </summary>
    public static IServiceCollection AddMeetingBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMeetingBotMetrics();
        var applicationInsights = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var otlp = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(applicationInsights) && string.IsNullOrWhiteSpace(otlp))
        {
            return services;
        }

        if (!string.IsNullOrWhiteSpace(applicationInsights))
        {
            services.AddOptions<AzureMonitorExporterOptions>().Configure<IServiceProvider>((exporter, provider) =>
            {
                // infra/ turns Application Insights' local (key-only) authentication off, so ingestion needs an
                // Entra token: the bot's user-assigned managed identity, Monitoring Metrics Publisher there.
                // The credential is resolved only then: other app types (and anonymous mode) have no identity for it.
                var bot = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
                if (!bot.IsAnonymous && bot.MicrosoftAppType == BotAppType.UserAssignedMSI)
                {
                    exporter.Credential = provider.GetRequiredService<BotConnectorCredential>().Credential;
                }
            });
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("MeetingBot"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(MeetingBotTracing.SourceName)
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz"))
                    .AddHttpClientInstrumentation();
                if (!string.IsNullOrWhiteSpace(applicationInsights))
                {
                    tracing.AddAzureMonitorTraceExporter(options => options.ConnectionString = applicationInsights);
                }

                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(MeetingBotMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (!string.IsNullOrWhiteSpace(applicationInsights))
                {
                    metrics.AddAzureMonitorMetricExporter(options => options.ConnectionString = applicationInsights);
                }

                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }

    /// <summary>
    /// Masks e-mail addresses in everything logged (message, values, exception text) before any provider sees it.
    /// Call it after every other change to the logger factory: it wraps the factory registered so far.
    /// </summary>
    public static ILoggingBuilder MaskEmailAddresses(this ILoggingBuilder logging)
    {
        const string innerKey = "MeetingBot.Telemetry.UnmaskedLoggerFactory";
        var services = logging.Services;
        var registered = services.Last(descriptor => descriptor.ServiceType == typeof(ILoggerFactory) && !descriptor.IsKeyedService);
        services.Remove(registered);
        services.Add(registered switch
        {
            { ImplementationInstance: { } instance } => new ServiceDescriptor(typeof(ILoggerFactory), innerKey, instance),
            { ImplementationFactory: { } factory } => new ServiceDescriptor(typeof(ILoggerFactory), innerKey, (sp, _) => factory(sp), registered.Lifetime),
            _ => new ServiceDescriptor(typeof(ILoggerFactory), innerKey, registered.ImplementationType!, registered.Lifetime),
        });
        services.AddSingleton<ILoggerFactory>(sp => new EmailMaskingLoggerFactory(sp.GetRequiredKeyedService<ILoggerFactory>(innerKey)));
        return logging;
    }
}
