using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework;
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

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// A fake Bot Connector + Entra ID token issuer for tests. Serves, from a real Kestrel server on
/// <c>http://127.0.0.1:{random port}</c>:
/// <list type="bullet">
/// <item>Bot Connector-style OpenID metadata (<see cref="ChannelMetadataUrl"/>) whose JWKS keys carry
/// <c>endorsements</c> (default <see cref="DefaultEndorsements"/>);</item>
/// <item>Entra-style OpenID metadata (<see cref="EntraMetadataUrl"/>) with a plain JWKS.</item>
/// </list>
/// and mints tokens signed with those keys (<see cref="CreateChannelToken"/>, <see cref="CreateEntraToken"/>).
/// Point the bot at it with <see cref="ConfigureOptions"/>.
/// </summary>
/// <example>
/// <code>
/// await using var issuer = await TestChannelIssuer.StartAsync();
/// services.Configure&lt;BotFrameworkOptions&gt;(o => { o.MicrosoftAppId = AppId; issuer.ConfigureOptions(o); });
/// string jwt = issuer.CreateChannelToken(AppId, "https://smba.trafficmanager.net/emea/");
/// request.Headers.Authorization = new("Bearer", jwt);
/// </code>
/// Usable as an xUnit class fixture too (it implements <see cref="IAsyncLifetime"/>). Counters and key changes are
/// per instance, so tests that rotate keys or count requests should start their own.
/// </example>
public sealed class TestChannelIssuer : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The public cloud's Bot Connector issuer, used unless <see cref="ChannelIssuer"/> is changed.</summary>
    public const string DefaultChannelIssuer = "https://api.botframework.com";

    /// <summary>A Bot Service tenant whose Entra-issued tokens bots must accept.</summary>
    public const string BotServiceTenantId = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    /// <summary>Channels a new Connector key is endorsed for unless stated otherwise.</summary>
    public static IReadOnlyList<string> DefaultEndorsements { get; } = ["msteams", "webchat"];

    private const string ChannelMetadataPath = "/botframework/v1/.well-known/openidconfiguration";
    private const string ChannelKeysPath = "/botframework/v1/.well-known/keys";
    private const string EntraMetadataPath = "/entra/common/v2.0/.well-known/openid-configuration";
    private const string EntraKeysPath = "/entra/common/discovery/v2.0/keys";

    private readonly Lock _gate = new();
    private readonly JsonWebTokenHandler _tokens = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly List<SigningKey> _channelKeys = [SigningKey.Create(DefaultEndorsements)];
    private readonly List<SigningKey> _entraKeys = [SigningKey.Create(endorsements: null)];
    private WebApplication? _app;
    private int _channelMetadataRequests;
    private int _channelKeysRequests;
    private int _entraMetadataRequests;
    private int _entraKeysRequests;

    /// <summary>Creates and starts an issuer.</summary>
    public static async Task<TestChannelIssuer> StartAsync()
    {
        var issuer = new TestChannelIssuer();
        await issuer.InitializeAsync();
        return issuer;
    }

    /// <summary><c>http://127.0.0.1:{port}</c>; valid once started.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Bot Connector OpenID metadata; its <c>jwks_uri</c> points to the Connector JWKS.</summary>
    public string ChannelMetadataUrl => new Uri(BaseAddress, ChannelMetadataPath).AbsoluteUri;

    /// <summary>Entra OpenID metadata; its <c>jwks_uri</c> points to the Entra JWKS.</summary>
    public string EntraMetadataUrl => new Uri(BaseAddress, EntraMetadataPath).AbsoluteUri;

    /// <summary>
    /// Issuer put in Connector metadata and, by default, in <see cref="CreateChannelToken"/> tokens
    /// (e.g. set <c>https://api.botframework.us</c> to imitate US Gov).
    /// </summary>
    public string ChannelIssuer { get; set; } = DefaultChannelIssuer;

    /// <summary>When <c>false</c> every metadata and key endpoint answers <c>503</c> (requests are still counted).</summary>
    public bool MetadataAvailable { get; set; } = true;

    /// <summary>Requests received for the Connector metadata document.</summary>
    public int ChannelMetadataRequests => Volatile.Read(ref _channelMetadataRequests);

    /// <summary>Requests received for the Connector JWKS.</summary>
    public int ChannelKeysRequests => Volatile.Read(ref _channelKeysRequests);

    /// <summary>Requests received for the Entra metadata document.</summary>
    public int EntraMetadataRequests => Volatile.Read(ref _entraMetadataRequests);

    /// <summary>Requests received for the Entra JWKS.</summary>
    public int EntraKeysRequests => Volatile.Read(ref _entraKeysRequests);

    /// <summary>Connector keys currently published, the signing default first.</summary>
    public IReadOnlyList<SigningKey> ChannelKeys
    {
        get { lock (_gate) { return [.. _channelKeys]; } }
    }

    /// <summary>Entra keys currently published, the signing default first.</summary>
    public IReadOnlyList<SigningKey> EntraKeys
    {
        get { lock (_gate) { return [.. _entraKeys]; } }
    }

    /// <summary>Points <paramref name="options"/> at this issuer (issuer and both metadata URLs); leaves the app id alone.</summary>
    public void ConfigureOptions(BotFrameworkOptions options)
    {
        options.ToBotFromChannelTokenIssuer = ChannelIssuer;
        options.ToBotFromChannelOpenIdMetadataUrl = ChannelMetadataUrl;
        options.ToBotFromEntraOpenIdMetadataUrl = EntraMetadataUrl;
    }

    /// <summary>Publishes an extra Connector key (endorsed for <see cref="DefaultEndorsements"/>); tokens still default to the first key.</summary>
    public SigningKey AddKey() => AddKey(SigningKey.Create(DefaultEndorsements));

    /// <summary>Publishes <paramref name="key"/> in the Connector JWKS (use <see cref="SigningKey.Create"/> for custom endorsements).</summary>
    public SigningKey AddKey(SigningKey key)
    {
        lock (_gate)
        {
            _channelKeys.Add(key);
        }

        return key;
    }

    /// <summary>Replaces all Connector keys by one new key (default endorsements), which becomes the signing default.</summary>
    public SigningKey RotateKeys()
    {
        var key = SigningKey.Create(DefaultEndorsements);
        lock (_gate)
        {
            _channelKeys.Clear();
            _channelKeys.Add(key);
        }

        return key;
    }

    /// <summary>Publishes an extra Entra key; tokens still default to the first key.</summary>
    public SigningKey AddEntraKey()
    {
        var key = SigningKey.Create(endorsements: null);
        lock (_gate)
        {
            _entraKeys.Add(key);
        }

        return key;
    }

    /// <summary>Replaces all Entra keys by one new key, which becomes the signing default.</summary>
    public SigningKey RotateEntraKeys()
    {
        var key = SigningKey.Create(endorsements: null);
        lock (_gate)
        {
            _entraKeys.Clear();
            _entraKeys.Add(key);
        }

        return key;
    }

    /// <summary>
    /// A Bot Connector token: <c>iss</c> = <see cref="ChannelIssuer"/>, <c>aud</c> = <paramref name="audience"/>,
    /// <c>serviceurl</c> = <paramref name="serviceUrl"/> (omitted when <c>null</c>), valid from one minute ago for
    /// one hour, signed RS256 with the first published Connector key.
    /// </summary>
    /// <param name="issuer">Overrides <c>iss</c>.</param>
    /// <param name="notBefore">Overrides <c>nbf</c> (and <c>iat</c>).</param>
    /// <param name="expires">Overrides <c>exp</c>.</param>
    /// <param name="key">Signs with this key instead, published or not (e.g. <c>SigningKey.Create(…)</c>).</param>
    /// <param name="claims">Extra claims; they replace claims of the same name.</param>
    /// <param name="algorithm">Signing algorithm, e.g. <see cref="SecurityAlgorithms.RsaSha512"/>.</param>
    public string CreateChannelToken(
        string audience,
        string? serviceUrl,
        string? issuer = null,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        SigningKey? key = null,
        IReadOnlyDictionary<string, object>? claims = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var payload = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            payload["serviceurl"] = serviceUrl;
        }

        return CreateToken(
            issuer ?? ChannelIssuer, audience, payload, claims, notBefore, expires,
            key ?? ChannelKeys[0], algorithm);
    }

    /// <summary>
    /// An Entra ID–issued token from tenant <paramref name="tenantId"/>: <c>iss</c> = the v1 or v2 issuer of that
    /// tenant (see <see cref="EntraIssuer"/>), <c>tid</c> = <paramref name="tenantId"/>, <c>ver</c>, <c>aud</c> =
    /// <paramref name="audience"/>, <c>serviceurl</c> = <paramref name="serviceUrl"/> (omitted when <c>null</c>);
    /// signed RS256 with the first Entra key. The bot refuses a token without <c>serviceurl</c>, whoever issued it.
    /// </summary>
    /// <param name="version"><c>"1.0"</c> (sts.windows.net issuer) or <c>"2.0"</c> (login.microsoftonline.com …/v2.0).</param>
    /// <param name="tid">Overrides the <c>tid</c> claim.</param>
    public string CreateEntraToken(
        string tenantId,
        string audience,
        string? serviceUrl,
        string version = "2.0",
        string? tid = null,
        string? issuer = null,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        SigningKey? key = null,
        IReadOnlyDictionary<string, object>? claims = null)
    {
        var payload = new Dictionary<string, object> { ["tid"] = tid ?? tenantId, ["ver"] = version };
        if (serviceUrl is not null)
        {
            payload["serviceurl"] = serviceUrl;
        }

        return CreateToken(
            issuer ?? EntraIssuer(tenantId, version), audience, payload, claims, notBefore, expires,
            key ?? EntraKeys[0], SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The Entra issuer of <paramref name="tenantId"/>: v1 <c>https://sts.windows.net/{t}/</c>, v2 <c>https://login.microsoftonline.com/{t}/v2.0</c>.</summary>
    public static string EntraIssuer(string tenantId, string version = "2.0") => version == "1.0"
        ? $"https://sts.windows.net/{tenantId}/"
        : $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>
    /// Re-encodes <paramref name="jwt"/> as an unsigned token: header <c>{"alg":"none"}</c> keeping the original
    /// <c>kid</c> (so only the missing signature is wrong), same payload, empty signature.
    /// </summary>
    public static string WithoutSignature(string jwt)
    {
        string[] parts = jwt.Split('.');
        JsonObject original = JsonNode.Parse(Base64UrlEncoder.Decode(parts[0]))!.AsObject();
        var unsigned = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = original["kid"]?.DeepClone() };
        return $"{Base64UrlEncoder.Encode(unsigned.ToJsonString())}.{parts[1]}.";
    }

    /// <summary>Changes one payload claim of <paramref name="jwt"/> but keeps the original signature (a forged token).</summary>
    public static string WithTamperedClaim(string jwt, string claim, string value)
    {
        string[] parts = jwt.Split('.');
        JsonObject payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();

        app.MapGet(ChannelMetadataPath, () => Serve(ref _channelMetadataRequests, () => Metadata(ChannelIssuer, ChannelKeysPath)));
        app.MapGet(ChannelKeysPath, () => Serve(ref _channelKeysRequests, () => KeySet(ChannelKeys)));
        app.MapGet(EntraMetadataPath, () => Serve(ref _entraMetadataRequests,
            () => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", EntraKeysPath)));
        app.MapGet(EntraKeysPath, () => Serve(ref _entraKeysRequests, () => KeySet(EntraKeys)));

        await app.StartAsync();
        _app = app;
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        BaseAddress = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private IResult Serve(ref int counter, Func<JsonObject> document)
    {
        Interlocked.Increment(ref counter);
        return MetadataAvailable
            ? Results.Text(document().ToJsonString(), "application/json", Encoding.UTF8)
            : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private JsonObject Metadata(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = new Uri(BaseAddress, keysPath).AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    private static JsonObject KeySet(IEnumerable<SigningKey> keys) =>
        new() { ["keys"] = new JsonArray([.. keys.Select(k => k.ToJwk())]) };

    private string CreateToken(
        string issuer,
        string audience,
        Dictionary<string, object> payload,
        IReadOnlyDictionary<string, object>? overrides,
        DateTimeOffset? notBefore,
        DateTimeOffset? expires,
        SigningKey key,
        string algorithm)
    {
        foreach ((string name, object value) in overrides ?? new Dictionary<string, object>())
        {
            payload[name] = value;
        }

        DateTimeOffset now = DateTimeOffset.UtcNow;
        DateTimeOffset nbf = notBefore ?? now.AddMinutes(-1);
        return _tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = nbf.UtcDateTime,
            IssuedAt = nbf.UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Claims = payload,
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        });
    }

    /// <summary>A test RSA signing key with a random <c>kid</c> and optional channel endorsements.</summary>
    public sealed class SigningKey
    {
        private SigningKey(RSA rsa, IReadOnlyList<string>? endorsements, string? keyId)
        {
            KeyId = keyId;
            Endorsements = endorsements;
            SecurityKey = new RsaSecurityKey(rsa) { KeyId = KeyId };
            Rsa = rsa;
        }

        /// <summary>The <c>kid</c> published and put in token headers; <c>null</c> only for <see cref="WithKeyId"/> copies.</summary>
        public string? KeyId { get; }

        /// <summary>Channel ids published in the JWKS <c>endorsements</c> member; <c>null</c> omits the member.</summary>
        public IReadOnlyList<string>? Endorsements { get; }

        public RsaSecurityKey SecurityKey { get; }

        private RSA Rsa { get; }

        /// <summary>A new 2048-bit key; not published anywhere until passed to <see cref="AddKey(SigningKey)"/>.</summary>
        public static SigningKey Create(IReadOnlyList<string>? endorsements) =>
            new(RSA.Create(2048), endorsements, Guid.NewGuid().ToString("N"));

        /// <summary>
        /// The same private key under another <c>kid</c> (<c>null</c>: tokens get no <c>kid</c> header), to sign
        /// tokens whose signature a published key verifies but whose <c>kid</c> names no published key.
        /// Not published; <see cref="ToJwk"/> of the copy is never served.
        /// </summary>
        public SigningKey WithKeyId(string? keyId) => new(Rsa, Endorsements, keyId);

        internal JsonObject ToJwk()
        {
            RSAParameters parameters = Rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (Endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]);
            }

            return jwk;
        }
    }
}
