using Flurl.Http;
using Flurl.Http.Configuration;

namespace MeetingBot.Conferencing.Transport;

/// <summary>
/// The two long-lived HTTP pipelines to a video backend: one for API calls (token attached, resilience on) and one
/// for the token endpoint itself, which must not go through the token handler. Both read and write JSON with the
/// backend's source-generated serializer.
/// </summary>
internal abstract class BackendHttpClients(IHttpClientFactory factory, string apiClientName, string tokenClientName, DefaultJsonSerializer serializer)
{
    private readonly Lazy<IFlurlClient> _api = new(() => Wrap(factory.CreateClient(apiClientName), serializer));
    private readonly Lazy<IFlurlClient> _token = new(() => Wrap(factory.CreateClient(tokenClientName), serializer));

    public IFlurlClient Api => _api.Value;
    public IFlurlClient Token => _token.Value;

    private static IFlurlClient Wrap(HttpClient client, DefaultJsonSerializer serializer) =>
        new FlurlClient(client).WithSettings(settings => settings.JsonSerializer = serializer);
}
