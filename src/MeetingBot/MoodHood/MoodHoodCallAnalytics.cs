using MeetingBot.Conferencing;
using MeetingBot.MoodHood.Api;

namespace MeetingBot.MoodHood;

/// <summary>
/// How many are in a room's call, from the space's call analytics (reference §5.13: <c>active</c> and
/// <c>participantsCount</c> per call). Analytics come with some plans only; a plan without them is remembered for the
/// life of the process, logged once, and never asked again.
/// </summary>
internal sealed partial class MoodHoodCallAnalytics(MoodHoodApiClient api, ILogger<MoodHoodCallAnalytics> logger) : ICallHeadcount
{
    private volatile bool _notOnPlan;

    /// <summary>False once MoodHood refused analytics as not part of the space's plan.</summary>
    public bool Available => !_notOnPlan;

    public async Task<int?> CountInCallAsync(string conferenceId, CancellationToken cancellationToken)
    {
        if (_notOnPlan)
        {
            return null;
        }

        try
        {
            var calls = await api.ListCallsAsync(conferenceId, cancellationToken).ConfigureAwait(false);
            // A room has at most one running call; summed all the same, so that a duplicate entry cannot hide people.
            return calls.Where(call => call.Active == true && call.RoomId == conferenceId).Sum(call => Math.Max(0, call.ParticipantsCount ?? 0));
        }
        catch (MoodHoodApiException error) when (IsNotOnPlan(error))
        {
            if (!_notOnPlan)
            {
                _notOnPlan = true;
                LogNotOnPlan(error.StatusCode ?? 0, error.Code);
            }

            return null;
        }
    }

    /// <summary>
    /// The reference does not say how a plan without statistics refuses them: 402, 403 and 404 are taken to mean "not
    /// on this plan" (ASSUMED). 404 is safe to read so because the space itself is checked at start and by readiness,
    /// and analytics are read for the bot's own rooms only.
    /// </summary>
    private static bool IsNotOnPlan(MoodHoodApiException error) => error.StatusCode is 402 or 403 or 404;

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning,
        Message = "MoodHood refused call analytics ({StatusCode} {Code}): taken as not included in the space's plan; cards and \"who's in\" say live presence is not available until the bot restarts")]
    private partial void LogNotOnPlan(int statusCode, string? code);
}
