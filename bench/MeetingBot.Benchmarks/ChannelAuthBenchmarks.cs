using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Benchmarks;

/// <summary>
/// What authenticated mode costs per <c>POST /api/messages</c>: <see cref="IChannelRequestAuthenticator"/> validating
/// a real RS256-signed Bot Connector token (signature, issuer, audience, lifetime, serviceurl claim, channel
/// endorsement). Metadata and JWKS are served by an in-process Kestrel on loopback, fetched once in the setup, so
/// the measured calls hit the cached keys as in steady state. Anonymous mode is the baseline.
/// </summary>
[MemoryDiagnoser]
public class ChannelAuthBenchmarks
{
    private const string AppId = "00000000-0000-0000-0000-00000000b07";
    private const string Issuer = "https://api.botframework.com";
    private const string MetadataPath = "/botframework/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/botframework/v1/.well-known/keys";
    private const int DistinctTokenCount = 256;

    private WebApplication? _metadataServer;
    private ServiceProvider? _authenticated;
    private ServiceProvider? _anonymous;
    private IChannelRequestAuthenticator _validator = null!;
    private IChannelRequestAuthenticator _anonymousValidator = null!;
    private string _header = null!;
    private string[] _distinctHeaders = null!;
    private int _next;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)) { KeyId = Guid.NewGuid().ToString("N") };
        var publicParameters = rsa.ExportParameters(includePrivateParameters: false);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _metadataServer = builder.Build();
        string? baseAddress = null;
        _metadataServer.MapGet(MetadataPath, () => Results.Text(new JsonObject
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = baseAddress + KeysPath,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString(), "application/json"));
        _metadataServer.MapGet(KeysPath, () => Results.Text(new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(publicParameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(publicParameters.Exponent),
                ["endorsements"] = new JsonArray("msteams", "webchat"),
            }),
        }.ToJsonString(), "application/json"));
        await _metadataServer.StartAsync();
        baseAddress = _metadataServer.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');

        _authenticated = Services(options =>
        {
            options.MicrosoftAppId = AppId;
            options.ToBotFromChannelTokenIssuer = Issuer;
            options.ToBotFromChannelOpenIdMetadataUrl = baseAddress + MetadataPath;
            options.ToBotFromEntraOpenIdMetadataUrl = baseAddress + "/entra/v2.0/.well-known/openid-configuration";
        });
        _anonymous = Services(options => options.MicrosoftAppId = string.Empty);
        _validator = _authenticated.GetRequiredService<IChannelRequestAuthenticator>();
        _anonymousValidator = _anonymous.GetRequiredService<IChannelRequestAuthenticator>();

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var credentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
        string Token(int n) => handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = Samples.ServiceUrl, ["jti"] = $"bench-{n}" },
            SigningCredentials = credentials,
        });
        _header = "Bearer " + Token(0);
        _distinctHeaders = Enumerable.Range(1, DistinctTokenCount).Select(n => "Bearer " + Token(n)).ToArray();

        // First use fetches metadata and keys; it must succeed, or the numbers below would measure failures.
        var first = await _validator.AuthenticateAsync(_header, "msteams", Samples.ServiceUrl, CancellationToken.None);
        if (!first.Succeeded)
        {
            throw new InvalidOperationException("The benchmark token was rejected: " + first.FailureReason);
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_authenticated is not null)
        {
            await _authenticated.DisposeAsync();
        }

        if (_anonymous is not null)
        {
            await _anonymous.DisposeAsync();
        }

        if (_metadataServer is not null)
        {
            await _metadataServer.StopAsync();
            await _metadataServer.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true)]
    public ValueTask<ChannelAuthResult> Anonymous() =>
        _anonymousValidator.AuthenticateAsync(null, "msteams", Samples.ServiceUrl, CancellationToken.None);

    /// <summary>The same token on every request — what the Connector does within a token's hour.</summary>
    [Benchmark]
    public ValueTask<ChannelAuthResult> ValidateConnectorToken_Same() =>
        _validator.AuthenticateAsync(_header, "msteams", Samples.ServiceUrl, CancellationToken.None);

    /// <summary>A different token each time (256 rotating), so no per-token caching can help.</summary>
    [Benchmark]
    public ValueTask<ChannelAuthResult> ValidateConnectorToken_Distinct() =>
        _validator.AuthenticateAsync(_distinctHeaders[_next++ % DistinctTokenCount], "msteams", Samples.ServiceUrl, CancellationToken.None);

    private static ServiceProvider Services(Action<BotFrameworkOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging(); // no providers: logging costs nothing here, as with level Warning in production
        services.AddOptions<BotFrameworkOptions>().Configure(configure);
        services.AddChannelRequestAuthentication();
        return services.BuildServiceProvider();
    }
}
