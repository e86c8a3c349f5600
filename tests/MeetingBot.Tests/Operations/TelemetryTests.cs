using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using MeetingBot.Telemetry;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Operations;

/// <summary>The bot's own metrics and spans, observed with in-process listeners (what an exporter would see).</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_command_records_its_outcome_the_trueconf_calls_and_the_reply()
    {
        await using var bot = await BotHarness.StartAsync();
        // Only this app's meters: tests run in parallel, and meters from the same factory share its scope.
        var factory = bot.App.Services.GetRequiredService<IMeterFactory>();
        var measurements = new ConcurrentQueue<(string Instrument, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MeetingBotMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => measurements.Enqueue((instrument.Name, Describe(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => measurements.Enqueue((instrument.Name, Describe(tags))));
        listener.Start();

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.Connector.NextMessageAsync();
        await WaitForAsync(() => measurements.Any(m => m.Instrument == "meetingbot.commands"));

        Assert.Contains(measurements, m => m.Instrument == "meetingbot.commands" && m.Tags.Contains("command=start") && m.Tags.Contains("outcome=ok"));
        Assert.Contains(measurements, m => m.Instrument == "meetingbot.trueconf.call.duration" && m.Tags.Contains("operation=POST conferences,") && m.Tags.Contains("outcome=200"));
        Assert.Contains(measurements, m => m.Instrument == "meetingbot.trueconf.call.duration" && m.Tags.Contains("operation=POST conferences/{id}/run"));
        Assert.Contains(measurements, m => m.Instrument == "meetingbot.replies" && m.Tags.Contains("outcome=sent"));
    }

    [Fact]
    public async Task A_failed_command_is_recorded_with_its_failure_and_an_error_span()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == MeetingBotTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(activities);
        await using var bot = await BotHarness.StartAsync(new() { ["TrueConf:ServerUrl"] = "http://127.0.0.1:9" });

        var message = bot.Message("start meeting with kevin");
        var requestKey = $"msteams|{TestActivities.ConversationId}|{message["id"]}";
        await bot.SendAsync(message);
        await bot.Connector.NextMessageAsync();
        await WaitForAsync(() => spans.Any(s => Equals(s.GetTagItem("meetingbot.request"), requestKey)));

        // Tests run in parallel and the trace source is process-wide: pick this command's span by its request.
        var command = spans.Single(s => s.OperationName == "meetingbot.command" && Equals(s.GetTagItem("meetingbot.request"), requestKey));
        Assert.Equal("Unreachable", command.GetTagItem("meetingbot.outcome"));
        Assert.Equal(ActivityStatusCode.Error, command.Status);
    }

    [Theory]
    [InlineData("kevin.smith@contoso.com", "k***@contoso.com")]
    [InlineData("a@b.example", "a***@b.example")]
    [InlineData("not-an-email", "***")]
    [InlineData("", "")]
    public void Emails_are_masked_before_they_reach_a_log(string email, string masked) =>
        Assert.Equal(masked, LogRedaction.MaskEmail(email));

    [Theory]
    [InlineData("Found иван.петров@пример.рф in TrueConf", "Found и***@пример.рф in TrueConf")]
    [InlineData("user=иван@example.ru;", "user=и***@example.ru;")]
    [InlineData("ivan@пример.рф", "i***@пример.рф")]
    [InlineData("?email=kevin.smith%40contoso.com&x=1", "?email=k***@contoso.com&x=1")]
    [InlineData("Ден Орлов (ден)", "Ден Орлов (ден)")]
    public void Emails_in_any_script_are_masked_inside_log_text(string text, string masked) =>
        Assert.Equal(masked, LogRedaction.MaskEmailsIn(text));

    [Fact]
    public async Task Logs_carry_no_tokens_secrets_or_whole_emails()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.Connector.NextMessageAsync();

        var token = Assert.Single(bot.TrueConf.IssuedTokens).AccessToken;
        Assert.Contains("a***@contoso.example", bot.App.Logs.All);
        Assert.DoesNotContain("alexw@contoso.example", bot.App.Logs.All);
        Assert.DoesNotContain(token, bot.App.Logs.All);
        Assert.DoesNotContain(bot.Simulator.Options.ClientSecret, bot.App.Logs.All);
    }

    private static string Describe(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var parts = new List<string>();
        foreach (var tag in tags)
        {
            parts.Add($"{tag.Key}={tag.Value}");
        }

        return string.Join(",", parts) + ",";
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
