using Microsoft.Extensions.Options;

namespace MeetingBot.MeetingPages;

public static class MeetingPagesServiceCollectionExtensions
{
    /// <summary>The meeting page's signed links (the page itself is mapped only on a backend with personal links).</summary>
    public static IServiceCollection AddMeetingPages(this IServiceCollection services)
    {
        services.AddOptions<MeetingPageOptions>().BindConfiguration(MeetingPageOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MeetingPageOptions>, MeetingPageOptionsValidator>();
        services.AddSingleton<PageSigningKey>();
        services.AddSingleton<MeetingPageLinks>();
        return services;
    }
}
