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
            app.MapPost(Path, static (HttpContext http, MoodHoodWebhookReceiver receiver) => receiver.ReceiveAsync(http)).DisableAntiforgery();
        }

        return app;
    }
}
