namespace MeetingBot.Slack.Api;

internal static class SlackApiRoot
{
    /// <summary><c>Slack:ApiBaseUrl</c> with exactly one trailing slash, so <c>root + method</c> is a method's address.</summary>
    public static string Of(SlackOptions options) => options.ApiBaseUrl.TrimEnd('/') + "/";
}
