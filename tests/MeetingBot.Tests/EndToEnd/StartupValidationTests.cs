using System.Diagnostics;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// Configuration mistakes stop the start-up with a message naming the key. The built bot runs as its own process
/// with environment variables, as App Service runs it.
/// </summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("TrueConf__ClientId", "", "TrueConf:ClientId")]
    [InlineData("TrueConf__ClientSecret", "", "TrueConf:ClientSecret")]
    [InlineData("TrueConf__ServerUrl", "video.example.com", "TrueConf:ServerUrl")]
    [InlineData("TrueConf__ApiVersion", "latest", "TrueConf:ApiVersion")]
    [InlineData("TrueConf__CaCertificatePath", "/nonexistent/ca.pem", "TrueConf:CaCertificatePath")]
    [InlineData("MicrosoftAppId", "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60", "MicrosoftAppPassword")]
    [InlineData("MeetingBot__CommandTimeout", "00:01:00", "MeetingBot:CommandTimeout")]
    [InlineData("MeetingBot__EnqueuePatience", "00:00:30", "MeetingBot:EnqueuePatience")]
    [InlineData("MeetingBot__CommandTimeout", "soon", "MeetingBot:CommandTimeout")]
    [InlineData("MicrosoftAppType", "Shared", "MicrosoftAppType")]
    [InlineData("MeetingBot__MaxInvitees", "0", "MeetingBot:MaxInvitees")]
    [InlineData("MeetingBot__Admins__0", " ", "MeetingBot:Admins")]
    [InlineData("MeetingBot__PublicUrl", "meetingbot.contoso.com", "MeetingBot:PublicUrl")]
    [InlineData("MeetingBot__DefaultLanguage", "de", "MeetingBot:DefaultLanguage")]
    [InlineData("TrueConf__UserSignIn", "true", "MeetingBot:PublicUrl is required when TrueConf:UserSignIn is on")]
    public async Task A_bad_setting_fails_start_up_naming_the_key(string key, string value, string named)
    {
        var (exitCode, output, errors) = await RunBotAsync((key, value));

        Assert.Equal(1, exitCode);
        Assert.Contains(named, errors);
        AssertNoCrash(output);
    }

    [Fact]
    public async Task An_app_id_without_a_type_is_single_tenant_and_needs_its_tenant()
    {
        var (exitCode, _, errors) = await RunBotAsync(("MicrosoftAppId", "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60"), ("MicrosoftAppPassword", "secret"));

        Assert.Equal(1, exitCode);
        Assert.Contains("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant", errors);
    }

    /// <summary>A refused configuration is a message, not a crash: no stack trace, no unhandled exception.</summary>
    private static void AssertNoCrash(string output)
    {
        Assert.DoesNotContain("Unhandled exception", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task Single_tenant_needs_a_tenant_and_managed_identity_has_no_password()
    {
        var singleTenant = await RunBotAsync(
            ("MicrosoftAppId", "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60"), ("MicrosoftAppPassword", "secret"), ("MicrosoftAppType", "SingleTenant"));
        var managedIdentity = await RunBotAsync(
            ("MicrosoftAppId", "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60"), ("MicrosoftAppPassword", "p4ss-w0rd-value"),
            ("MicrosoftAppType", "UserAssignedMSI"), ("MicrosoftAppTenantId", "3c1a0000-0000-0000-0000-000000000000"));

        Assert.Contains("MicrosoftAppTenantId is required", singleTenant.Output);
        Assert.Contains("MicrosoftAppPassword must be empty", managedIdentity.Output);
        Assert.DoesNotContain("p4ss-w0rd-value", managedIdentity.Output);
    }

    [Fact]
    public async Task A_good_configuration_starts_and_stops_cleanly()
    {
        var (exitCode, output, _) = await RunBotAsync(stopAfter: TimeSpan.FromSeconds(3));

        Assert.Equal(-1, exitCode); // still running when asked to stop: start-up succeeded
        Assert.Contains("TrueConf Server: http://127.0.0.1:9", output);
    }

    /// <summary>Runs the built bot with a valid base configuration plus <paramref name="settings"/>.</summary>
    private static async Task<(int ExitCode, string Output, string Errors)> RunBotAsync(params (string Key, string Value)[] settings) =>
        await RunBotAsync(TimeSpan.FromSeconds(30), settings);

    /// <summary>The exit code (-1 when still running after <paramref name="stopAfter"/>), all output, and stderr alone.</summary>
    private static async Task<(int ExitCode, string Output, string Errors)> RunBotAsync(TimeSpan stopAfter, params (string Key, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "MeetingBot.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["TrueConf__ServerUrl"] = "http://127.0.0.1:9";
        start.Environment["TrueConf__ClientId"] = "bot";
        start.Environment["TrueConf__ClientSecret"] = "secret-value";
        start.Environment["Storage__SqlitePath"] = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(stopAfter);
        int exitCode;
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            exitCode = process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            exitCode = -1;
        }

        return (exitCode, await stdout + await stderr, await stderr);
    }
}
