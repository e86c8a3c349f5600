using MeetingBot.Hosting;
using MeetingBot.MoodHood.Api;

namespace MeetingBot.MoodHood;

/// <summary>Signs in (and opens the connection) before anybody asks for a meeting.</summary>
internal sealed class MoodHoodWarmUp(MoodHoodApiClient api) : IStartupWarmUp
{
    public async Task WarmUpAsync(CancellationToken cancellationToken) => await api.GetMeAsync(cancellationToken).ConfigureAwait(false);
}
