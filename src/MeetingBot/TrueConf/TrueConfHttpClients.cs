using Flurl.Http;
using Flurl.Http.Configuration;
using MeetingBot.TrueConf.Wire;

namespace MeetingBot.TrueConf;

/// <summary>
/// The two long-lived HTTP pipelines to TrueConf Server: one for API calls (token attached, resilience on) and
/// one for the token endpoint itself. Both share the server's TLS trust settings and keep their connections.
/// </summary>
internal sealed class TrueConfHttpClients(IHttpClientFactory factory)
{
    public const string ApiClientName = "TrueConf.Api";
    public const string TokenClientName = "TrueConf.Token";

    private static readonly DefaultJsonSerializer Serializer = new(TrueConfJsonContext.Default.Options);

    private readonly Lazy<IFlurlClient> _api = new(() => Wrap(factory.CreateClient(ApiClientName)));
    private readonly Lazy<IFlurlClient> _token = new(() => Wrap(factory.CreateClient(TokenClientName)));

    public IFlurlClient Api => _api.Value;
    public IFlurlClient Token => _token.Value;

    private static IFlurlClient Wrap(HttpClient client) =>
        new FlurlClient(client).WithSettings(settings => settings.JsonSerializer = Serializer);
}
