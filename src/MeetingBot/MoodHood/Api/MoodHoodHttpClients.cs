using Flurl.Http;
using Flurl.Http.Configuration;
using MeetingBot.MoodHood.Wire;

namespace MeetingBot.MoodHood.Api;

/// <summary>
/// The two long-lived HTTP pipelines to MoodHood: one for API calls (token attached, reads retried) and one for the
/// token endpoint itself, which must not go through the token handler.
/// </summary>
internal sealed class MoodHoodHttpClients(IHttpClientFactory factory)
{
    public const string ApiClientName = "MoodHood.Api";
    public const string TokenClientName = "MoodHood.Token";

    private static readonly DefaultJsonSerializer Serializer = new(MoodHoodJsonContext.Default.Options);

    private readonly Lazy<IFlurlClient> _api = new(() => Wrap(factory.CreateClient(ApiClientName)));
    private readonly Lazy<IFlurlClient> _token = new(() => Wrap(factory.CreateClient(TokenClientName)));

    public IFlurlClient Api => _api.Value;
    public IFlurlClient Token => _token.Value;

    private static IFlurlClient Wrap(HttpClient client) =>
        new FlurlClient(client).WithSettings(settings => settings.JsonSerializer = Serializer);
}
