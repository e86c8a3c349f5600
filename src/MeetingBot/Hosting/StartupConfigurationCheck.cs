using Microsoft.Extensions.Options;

namespace MeetingBot.Hosting;

/// <summary>
/// Checks the configuration before the host starts, so a wrong or missing setting ends the process with its
/// message on stderr and exit code 1, instead of an unhandled exception's stack trace (exit 134) that buries the
/// one line the operator needs.
/// </summary>
public static class StartupConfigurationCheck
{
    public const int MisconfiguredExitCode = 1;

    /// <summary>Runs the app when its settings are valid; otherwise explains what is wrong and returns 1.</summary>
    public static int RunWhenConfigured(this WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception error) when (IsOwnProcess() && Problems(error) is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"MeetingBot cannot start: {problem}");
            }

            return MisconfiguredExitCode;
        }

        app.Run();
        return 0;
    }

    /// <summary>
    /// True when this app is the process's program. Hosted by another one (the integration tests' host), the
    /// failure must reach that caller as an exception, or it would take the unstarted app for a started one.
    /// </summary>
    private static bool IsOwnProcess() => System.Reflection.Assembly.GetEntryAssembly() == typeof(StartupConfigurationCheck).Assembly;

    /// <summary>The configuration problems an exception stands for; empty when it is something else (a bug).</summary>
    private static List<string> Problems(Exception error) => error switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException several when several.InnerExceptions.All(inner => inner is OptionsValidationException) =>
            [.. several.InnerExceptions.Cast<OptionsValidationException>().SelectMany(invalid => invalid.Failures)],
        // The configuration binder's "Failed to convert configuration value at 'Key' to type '…'".
        InvalidOperationException { InnerException: FormatException or OverflowException or ArgumentException } unconvertible => [unconvertible.Message],
        _ => [],
    };
}
