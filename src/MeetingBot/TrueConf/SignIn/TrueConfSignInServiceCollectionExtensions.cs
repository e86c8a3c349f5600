using MeetingBot.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf.SignIn;

public static class TrueConfSignInServiceCollectionExtensions
{
    /// <summary>Signing in to TrueConf Server to prove one's account (on when <c>TrueConf:UserSignIn</c> is true).</summary>
    public static IServiceCollection AddTrueConfSignIn(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<TrueConfOptions>, TrueConfSignInOptionsValidator>();
        services.AddSingleton<IAccountSignIn, TrueConfSignIn>();
        services.AddSingleton<TrueConfUserSignInClient>();
        return services;
    }
}
