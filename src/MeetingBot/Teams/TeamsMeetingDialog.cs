using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Conferencing;
using MeetingBot.Localization;
using MeetingBot.MeetingPages;
using MeetingBot.Meetings;
using MeetingBot.Storage;

namespace MeetingBot.Teams;

/// <summary>
/// Answers the card's "open here" button (<c>task/fetch</c> with verb <see cref="MeetingCardVerbs.OpenHere"/>): a Teams
/// dialog showing the bot's meeting page, with a link made for the clicker alone. Nothing slow happens here (no call to
/// the backend: the page mints the personal link when it opens), so the answer is well within Teams' few seconds.
/// </summary>
public sealed partial class TeamsMeetingDialog(MeetingFinder finder, MeetingPageLinks pages, ReaderLanguages readers, ILogger<TeamsMeetingDialog> logger)
{
    public const string InvokeName = "task/fetch";

    public async Task<TaskModuleResponse> AnswerAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (Data(activity.Value) is not { } data ||
            !Text(data, "verb").Equals(MeetingCardVerbs.OpenHere, StringComparison.Ordinal) ||
            activity.From?.Id is not { Length: > 0 } userId)
        {
            return TaskModuleResponse.Message(BotTexts.UnknownCardAction);
        }

        using var language = TextLanguage.Use(
            await readers.OfAsync(activity.ChannelId ?? "msteams", userId, activity.Locale, cancellationToken).ConfigureAwait(false));
        var meetingRef = Text(data, MeetingCardVerbs.MeetingKey);
        if (meetingRef.Length == 0 || await finder.FindByReferenceAsync(meetingRef, cancellationToken).ConfigureAwait(false) is not { } meeting)
        {
            return TaskModuleResponse.Message(BotTexts.CardMeetingUnknown);
        }

        if (meeting.State == MeetingState.Ended)
        {
            return TaskModuleResponse.Message(BotTexts.MeetingEnded(meeting.Topic));
        }

        if (!pages.CanLink)
        {
            LogNoPublicUrl();
            return TaskModuleResponse.Message(MeetingDialogTexts.NoPublicAddress);
        }

        var channel = activity.ChannelId ?? "msteams";
        var url = (await pages.ForAsync(channel, userId, activity.From.Name ?? string.Empty, meeting.ConferenceId, cancellationToken).ConfigureAwait(false)).AbsoluteUri;
        return TaskModuleResponse.Continue(new TaskModuleInfo(meeting.Topic, url, FallbackUrl: url, Height: "large", Width: "large"));
    }

    /// <summary>The button's data: Teams sends it as <c>value.data</c> (reference: task/fetch from an Adaptive Card).</summary>
    private static JsonElement? Data(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : null;

    private static string Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString()! : string.Empty;

    [LoggerMessage(EventId = 6121, Level = LogLevel.Warning, Message = "Open-here dialog asked for, but MeetingBot:PublicUrl is not set: there is no address for the meeting page")]
    private partial void LogNoPublicUrl();
}

/// <summary>What the dialog says when it cannot open the page.</summary>
internal static class MeetingDialogTexts
{
    public static string NoPublicAddress => Localization.Texts.Format("Teams.NoPublicAddress");
}
