using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConf;
using MeetingBot.TrueConf.Errors;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Tests.Operations;

/// <summary>
/// Every way a command can fail while the sender's e-mail is being looked up: the whole log — messages, exception
/// text, structured values — never holds the full address, in plain or URL-encoded form.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string Email = "alexw@contoso.example";

    public static TheoryData<string> FailurePaths => new()
    {
        "unreachable", "timeout", "500", "429", "403", "401", "bad json", "connector failing",
    };

    [Theory]
    [MemberData(nameof(FailurePaths))]
    public async Task No_full_email_address_reaches_the_log(string failure)
    {
        // A short wait per call lets the timeout path give up (after its retries) well inside the command's budget.
        await using var bot = await BotHarness.StartAsync(failure == "timeout" ? new() { ["TrueConf:RequestTimeout"] = "00:00:01" } : null);
        bot.Connector.AddMember(TestActivities.AlexId, "Alex Wilber", Email);
        await TokenCachedAsync(bot);
        await ArrangeAsync(bot, failure);

        await bot.SendAsync(bot.Message("start meeting with kevin"));
        await bot.Connector.NextMessageAsync(TimeSpan.FromSeconds(15));
        await Task.Delay(300); // what is logged after the reply (a refused reply) lands too

        var log = bot.App.Logs.All;
        Assert.NotEmpty(log);
        Assert.DoesNotContain(Email, log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Uri.EscapeDataString(Email), log, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Addresses_in_any_log_entry_are_masked_before_a_provider_sees_them()
    {
        await using var bot = await BotHarness.StartAsync();
        var logger = bot.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Anywhere");
        var failure = new HttpRequestException($"GET http://video.example/api/v3.8/users?email={Uri.EscapeDataString(Email)} failed");

        logger.LogWarning(failure, "Lookup of {Address} failed", Email);

        var line = Assert.Single(bot.App.Logs.Lines, line => line.Contains("Anywhere"));
        Assert.DoesNotContain(Email, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Uri.EscapeDataString(Email), line, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Lookup of a***@contoso.example failed", line);
        Assert.Contains("users?email=a***@contoso.example failed", line);
    }

    // The failures below hit the user lookup, not the token request before it.
    private static async Task TokenCachedAsync(BotHarness bot)
    {
        var tokens = bot.App.Services.GetRequiredService<TrueConfTokenProvider>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await tokens.GetTokenAsync(CancellationToken.None);
                return;
            }
            catch (TrueConfTimeoutException) when (attempt < 3)
            {
                // A busy test machine can be slower than the one-second limit of the timeout case.
            }
        }
    }

    private static async Task ArrangeAsync(BotHarness bot, string failure)
    {
        // TrueConf servers echo the input they refuse; the answers below do too.
        var echo = $$$"""{"error":{"code":0,"message":"Lookup of {{{Email}}} failed","errors":[{"reason":"failed","message":"no result for email={{{Email}}}"}]}}""";
        var faults = bot.TrueConf.Faults;
        switch (failure)
        {
            case "unreachable":
                await bot.Simulator.DisposeAsync();
                break;
            case "timeout":
                faults.ResponseDelay = TimeSpan.FromMinutes(5);
                break;
            case "500":
                faults.FailNext(10, 500, echo, operation: SimulatorOperations.UserList);
                break;
            case "429":
                faults.ThrottleNext(10, TimeSpan.FromSeconds(30), SimulatorOperations.UserList);
                break;
            case "403":
            case "401":
            case "bad json":
                var (status, body, type) = failure switch
                {
                    "403" => (403, echo, "application/json"),
                    "401" => (401, echo, "application/json"),
                    _ => (200, $"<html>{Email}</html>", "text/html"),
                };
                faults.FailNext(10, status, body, type, SimulatorOperations.UserList);
                break;
            case "connector failing":
                bot.Connector.FailActivitiesWith = 500;
                break;
        }
    }
}
