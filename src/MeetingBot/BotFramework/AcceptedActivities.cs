using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Hosting;
using MeetingBot.Storage;

namespace MeetingBot.BotFramework;

/// <summary>
/// Activities the endpoint answers <c>200</c> to, run durably by <see cref="AcceptedWorkRunner"/>: a redelivery is
/// dropped, and what a crash interrupts is run again at start-up.
/// </summary>
public sealed class AcceptedActivities(AcceptedWorkRunner runner, IActivityHandler handler) : IResumableWork
{
    /// <summary>The accepted-work source of Bot Framework activities.</summary>
    public const string Source = "botframework";

    string IResumableWork.Source => Source;

    /// <param name="payload">The activity as it came (UTF-8 JSON), written down to run it again after a crash.</param>
    public Task<Acceptance> AcceptAsync(Activity activity, byte[] payload) =>
        string.IsNullOrEmpty(activity.Id)
            // Nothing identifies a repeat of it: handled once, as it comes.
            ? runner.AcceptUnkeyedAsync(token => handler.HandleAsync(activity, 1, token))
            : runner.AcceptAsync(KeyOf(activity), Source, payload, (attempt, token) => handler.HandleAsync(activity, attempt, token));

    public Task ResumeAsync(AcceptedWork accepted, CancellationToken cancellationToken)
    {
        var activity = JsonSerializer.Deserialize(accepted.Payload, BotFrameworkJsonContext.Default.Activity);
        return activity is null
            ? runner.DropAsync(accepted)
            : runner.ResumeAsync(accepted, (attempt, token) => handler.HandleAsync(activity, attempt, token), cancellationToken);
    }

    private static string KeyOf(Activity activity) => "activity:" + Teams.TeamsRequestKey.For(activity);
}
