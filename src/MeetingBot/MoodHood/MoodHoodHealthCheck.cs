using MeetingBot.Conferencing;
using MeetingBot.MoodHood.Api;

namespace MeetingBot.MoodHood;

/// <summary>Ready when the bot's token opens its own account (<c>GET /v1/users/me</c>).</summary>
internal sealed class MoodHoodHealthCheck(MoodHoodApiClient api, TimeProvider clock)
    : BackendHealthCheck("MoodHood", "The MoodHood API answered with the bot's account", clock)
{
    protected override Task ProbeAsync(CancellationToken cancellationToken) => api.GetMeAsync(cancellationToken);
}
