using Microsoft.Extensions.Options;

namespace MeetingBot.MoodHood.Webhooks;

public static class MoodHoodWebhookEndpoints
{
    public const string Path = "/moodhood/webhook";

    /// <summary>Maps the webhook when <c>MoodHood:WebhookSecret</c> is set; otherwise it does not exist (404).</summary>
    public static IEndpointRouteBuilder MapMoodHoodWebhook(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IOptions<MoodHoodOptions>>().Value.ReceivesWebhooks)
        {
            // Made here, not registered with the backend: it needs the meeting core, which a bare MoodHood client has not.
            var receiver = ActivatorUtilities.CreateInstance<MoodHoodWebhookReceiver>(app.ServiceProvider);
            app.MapPost(Path, async (HttpContext http) => await (await receiver.ReceiveAsync(http)).ExecuteAsync(http)).DisableAntiforgery();
        }

        return app;
    }
}
