using Microsoft.Extensions.DependencyInjection.Extensions;
using MeetingBot.BotFramework.Auth;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace MeetingBot.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    // The connector pipelines: reads are retried, messages only timed.
    private const string Reads = "reads";
    private const string Messages = "messages";

    /// <summary>
    /// The Bot Framework protocol: options under the Bot Framework key names (configuration root), inbound
    /// token validation, the outbound token and the Connector client, and the queue the endpoint hands work to.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddHostedService<BotFrameworkStartupReport>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddChannelRequestAuthentication();

        services.AddSingleton(sp => BotConnectorCredential.From(sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value));
        services.AddSingleton<IBotConnectorTokenProvider>(sp => sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous
            ? new AnonymousConnectorTokenProvider()
            : ActivatorUtilities.CreateInstance<EntraConnectorTokenProvider>(sp));
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<BotConnectorClient>();
        services.AddSingleton<Delivery.IReplyTransport, ConnectorReplyTransport>();
        services.AddTransient<ConnectorAuthHandler>();
        var connector = services.AddHttpClient(BotConnectorClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(15),
                ConnectTimeout = TimeSpan.FromSeconds(5),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        // Messages get a pipeline with the timeout alone: a retry strategy that may never retry them would only cost
        // every reply its bookkeeping.
        connector.AddResilienceHandler("bot-connector", (pipeline, context) => ConfigureResilience(pipeline, retryReads: context.InstanceName == Reads))
            .SelectPipelineBy(_ => request => request.Method == HttpMethod.Get ? Reads : Messages);
        connector.AddHttpMessageHandler<ConnectorAuthHandler>();

        services.AddAcceptedWork();
        services.AddSingleton<AcceptedActivities>();
        services.AddSingleton<IResumableWork>(sp => sp.GetRequiredService<AcceptedActivities>());
        services.AddMemoryCache();
        services.AddSingleton<InvokeAnswers>();
        return services;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, bool retryReads)
    {
        // Teams asks bots to retry 412/429 (honouring Retry-After) and 502–504 (reference §5.5, §5.7). Here only
        // reads are retried: messages go through the durable outbox, which retries them for minutes, in order.
        if (retryReads)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromMilliseconds(500),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult((int?)args.Outcome.Result?.StatusCode switch
                {
                    412 or 429 or 502 or 503 or 504 => true,
                    null => args.Outcome.Exception is HttpRequestException,
                    _ => false,
                }),
            });
        }

        pipeline.AddTimeout(TimeSpan.FromSeconds(10));
    }
}
