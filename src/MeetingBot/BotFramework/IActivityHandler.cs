using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework;

/// <summary>What a channel on the Bot Framework (Teams) does with an activity the endpoint accepted.</summary>
public interface IActivityHandler
{
    /// <summary>Whether the activity gives the bot work; the rest is acknowledged and dropped.</summary>
    bool WantsWork(Activity activity);

    /// <summary>Does the work, after the HTTP answer was sent.</summary>
    /// <param name="attempt">1 the first time; more when the work is resumed after a restart.</param>
    Task HandleAsync(Activity activity, int attempt, CancellationToken cancellationToken);

    /// <summary>Answers an invoke inline; null when no handler knows this invoke name (→ 501).</summary>
    Task<InvokeAnswer?> HandleInvokeAsync(Activity activity, CancellationToken cancellationToken);
}
