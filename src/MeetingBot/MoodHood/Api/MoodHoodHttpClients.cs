using Flurl.Http.Configuration;
using MeetingBot.Conferencing.Transport;
using MeetingBot.MoodHood.Wire;

namespace MeetingBot.MoodHood.Api;

/// <summary>The API and token pipelines to MoodHood.</summary>
internal sealed class MoodHoodHttpClients(IHttpClientFactory factory)
    : BackendHttpClients(factory, ApiClientName, TokenClientName, Serializer)
{
    public const string ApiClientName = "MoodHood.Api";
    public const string TokenClientName = "MoodHood.Token";

    private static readonly DefaultJsonSerializer Serializer = new(MoodHoodJsonContext.Default.Options);
}
