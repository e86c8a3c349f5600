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
}
