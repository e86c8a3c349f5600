using MeetingBot.Hosting;

namespace MeetingBot.TrueConf;

/// <summary>Gets the first token (and opens the connection) before anybody asks for a meeting.</summary>
internal sealed class TrueConfWarmUp(TrueConfTokenProvider tokens) : IStartupWarmUp
{
    public async Task WarmUpAsync(CancellationToken cancellationToken) => await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
}
