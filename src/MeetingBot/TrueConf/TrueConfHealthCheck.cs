using MeetingBot.Conferencing;

namespace MeetingBot.TrueConf;

/// <summary>Ready when a token can be had and the conference API answers.</summary>
internal sealed class TrueConfHealthCheck(TrueConfTokenProvider tokens, TrueConfApiClient api, TimeProvider clock)
    : BackendHealthCheck("TrueConf", "Token obtained and the conference API answered", clock)
{
    protected override async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        await api.ListConferencesPageAsync(pageSize: 1, cancellationToken).ConfigureAwait(false);
    }
}
