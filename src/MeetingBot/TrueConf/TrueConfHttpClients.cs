using Flurl.Http.Configuration;
using MeetingBot.Conferencing.Transport;
using MeetingBot.TrueConf.Wire;

namespace MeetingBot.TrueConf;

/// <summary>The API and token pipelines to TrueConf Server; both share the server's TLS trust settings.</summary>
internal sealed class TrueConfHttpClients(IHttpClientFactory factory)
    : BackendHttpClients(factory, ApiClientName, TokenClientName, Serializer)
{
    public const string ApiClientName = "TrueConf.Api";
    public const string TokenClientName = "TrueConf.Token";

    private static readonly DefaultJsonSerializer Serializer = new(TrueConfJsonContext.Default.Options);
}
