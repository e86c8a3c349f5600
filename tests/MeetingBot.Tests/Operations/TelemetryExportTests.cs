using Azure.Core;
using Azure.Monitor.OpenTelemetry.Exporter;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Telemetry;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace MeetingBot.Tests.Operations;

public sealed class TelemetryExportTests
{
    [Fact]
    public async Task Without_an_exporter_no_tracing_pipeline_is_built()
    {
        await using var bot = await BotHarness.StartAsync();

        Assert.Null(bot.App.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task An_application_insights_connection_string_turns_the_export_on()
    {
        await using var bot = await BotHarness.StartAsync(new()
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        });

        Assert.NotNull(bot.App.Services.GetService<TracerProvider>());
        Assert.NotNull(bot.App.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    [Fact]
    public async Task With_a_managed_identity_Application_Insights_is_signed_in_to_as_that_identity()
    {
        // Local (key-only) authentication is off on the component infra/ deploys: without an Entra token every
        // export is refused. Ingestion points at a closed port; the token is requested before the send.
        var credential = new ScopeRecordingCredential();
        await using var bot = await BotHarness.StartAsync(
            new()
            {
                ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:9/",
                ["MicrosoftAppType"] = "UserAssignedMSI",
                ["MicrosoftAppId"] = "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60",
                ["MicrosoftAppTenantId"] = "3c1a8f0e-5b7d-4e2a-9c6b-1d2e3f4a5b6c",
            },
            services =>
            {
                services.AddSingleton(new BotConnectorCredential(credential));

                // The exporter's default sampler lets a few traces a second through, counted over every app the tests
                // run at once (they share the sources): this test's spans must not depend on what the others send.
                services.Configure<AzureMonitorExporterOptions>(exporter =>
                {
                    exporter.TracesPerSecond = null;
                    exporter.SamplingRatio = 1.0F;
                });
            });
        var tracer = bot.App.Services.GetRequiredService<TracerProvider>();

        // The export (and the sign-in before it) runs on the exporter's own thread, late on a busy machine: spans are
        // sent and flushed until the token is asked for, for up to half a minute.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (credential.Scopes.Count == 0 && DateTime.UtcNow < deadline)
        {
            using (MeetingBotTracing.Source.StartActivity("exported"))
            {
            }

            tracer.ForceFlush(2_000);
            if (credential.Scopes.Count == 0)
            {
                await Task.Delay(200);
            }
        }

        Assert.Contains(credential.Scopes, scope => scope.StartsWith("https://monitor.azure.com", StringComparison.Ordinal));
    }

    private sealed class ScopeRecordingCredential : TokenCredential
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _scopes = new();

        public IReadOnlyCollection<string> Scopes => _scopes;

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            foreach (var scope in requestContext.Scopes)
            {
                _scopes.Enqueue(scope);
            }

            return new AccessToken("token", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
