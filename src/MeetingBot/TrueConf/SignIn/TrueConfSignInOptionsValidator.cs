using MeetingBot.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf.SignIn;

/// <summary>Checks the sign-in settings at start-up, only when sign-in is on; every message names its key.</summary>
internal sealed class TrueConfSignInOptionsValidator(IOptions<MeetingBotOptions> bot) : IValidateOptions<TrueConfOptions>
{
    public ValidateOptionsResult Validate(string? name, TrueConfOptions options)
    {
        if (!options.UserSignIn)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(bot.Value.PublicUrl))
        {
            failures.Add("MeetingBot:PublicUrl is required when TrueConf:UserSignIn is on: TrueConf Server sends people back to " +
                         "{PublicUrl}" + TrueConfSignInEndpoints.CallbackPath + ", so it must be the bot's address as browsers reach it.");
        }

        if (string.IsNullOrWhiteSpace(options.AuthorizePath) || !options.AuthorizePath.StartsWith('/') || options.AuthorizePath.Contains('?'))
        {
            failures.Add($"TrueConf:AuthorizePath must be a path on TrueConf Server starting with '/', e.g. /oauth2/authorize; got '{options.AuthorizePath}'.");
        }

        if (options.SignInLifetime < TimeSpan.FromMinutes(1) || options.SignInLifetime > TimeSpan.FromHours(1))
        {
            failures.Add("TrueConf:SignInLifetime must be between 00:01:00 and 01:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
