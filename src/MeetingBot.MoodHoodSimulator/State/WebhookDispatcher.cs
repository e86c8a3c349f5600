using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MeetingBot.MoodHoodSimulator.Models;

namespace MeetingBot.MoodHoodSimulator;

/// <summary>
/// Space webhooks and their delivery: <c>POST url</c> with <c>{"signature","body"}</c>, the signature being the
/// hex HMAC-SHA256 of the exact text of <c>body</c> under the secret; up to three attempts, fire-and-forget.
/// </summary>
internal sealed class WebhookDispatcher(IHttpClientFactory? httpClients, MoodHoodSimulatorOptions options)
{
    private const int MaxAttempts = 3;

    private readonly ConcurrentDictionary<string, WebhookRegistration> _bySpace = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<WebhookDelivery> _deliveries = new();
    private int _pending;

    // Bumped by Clear: a delivery still under way from before it belongs to a simulator that no longer exists.
    private int _generation;

    public IReadOnlyList<WebhookDelivery> Deliveries => _deliveries.ToArray();

    /// <summary>Deliveries still being attempted.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public WebhookRegistration? Find(string spaceId) => _bySpace.GetValueOrDefault(spaceId);

    /// <summary>False when the space already has one.</summary>
    public bool TryAdd(WebhookRegistration registration) => _bySpace.TryAdd(registration.SpaceId, registration);

    public WebhookRegistration? Update(string spaceId, Func<WebhookRegistration, WebhookRegistration> change)
    {
        while (_bySpace.TryGetValue(spaceId, out var current))
        {
            var changed = change(current);
            if (_bySpace.TryUpdate(spaceId, changed, current))
            {
                return changed;
            }
        }

        return null;
    }

    public bool Remove(string spaceId) => _bySpace.TryRemove(spaceId, out _);

    public static string NewSecret() => RandomNumberGenerator.GetHexString(64, lowercase: true);

    public void Raise(CallEvent? callEvent)
    {
        if (callEvent is null || Find(callEvent.SpaceId) is not { IsActive: true } registration || httpClients is null)
        {
            return;
        }

        var generation = Volatile.Read(ref _generation);
        Interlocked.Increment(ref _pending);
        _ = Task.Run(() => DeliverAsync(registration, callEvent, generation));
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _bySpace.Clear();
        _deliveries.Clear();
        Volatile.Write(ref _pending, 0);
    }

    private async Task DeliverAsync(WebhookRegistration registration, CallEvent callEvent, int generation)
    {
        var body = JsonSerializer.Serialize(
            new WebhookEventWire(callEvent.EventName, callEvent.RoomId, callEvent.SpaceId),
            MoodHoodJsonContext.Default.WebhookEventWire);
        var signature = Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(registration.Secret), Encoding.UTF8.GetBytes(body)));
        // Composed as text so that the body's bytes are exactly the ones signed.
        var envelope = $$"""{"signature":"{{signature}}","body":{{body}}}""";
        var attempts = 0;
        var succeeded = false;
        try
        {
            using var client = httpClients!.CreateClient(MoodHoodSimulatorServiceCollectionExtensions.WebhookClientName);
            while (!succeeded && attempts < MaxAttempts)
            {
                if (attempts++ > 0)
                {
                    await Task.Delay(options.WebhookRetryDelay);
                }

                try
                {
                    using var content = new StringContent(envelope, Encoding.UTF8, "application/json");
                    using var response = await client.PostAsync(registration.Url, content);
                    succeeded = response.IsSuccessStatusCode;
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    // Delivery is not guaranteed (reference §5.11): the next attempt, or none.
                }
            }
        }
        finally
        {
            if (generation == Volatile.Read(ref _generation))
            {
                _deliveries.Enqueue(new WebhookDelivery(
                    callEvent.EventName, callEvent.RoomId, callEvent.SpaceId, registration.Url, body, signature, attempts, succeeded));
                Interlocked.Decrement(ref _pending);
            }
        }
    }
}
