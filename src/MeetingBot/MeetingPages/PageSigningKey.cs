using System.Security.Cryptography;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.MeetingPages;

/// <summary>
/// The key that signs meeting-page links: <c>MeetingBot:PageSigningKey</c> when set, else one generated once and kept in
/// the bot's store (so links survive a restart and every instance on that store accepts them). Read once per process:
/// a load that failed (the store did not answer) is not kept, so the next page request tries again.
/// </summary>
public sealed class PageSigningKey(IOptions<MeetingPageOptions> options, IBotSecretStore secrets)
{
    internal const string SecretName = "meeting-page-signing-key";

    private readonly Lock _gate = new();
    private Task<byte[]>? _key;

    public Task<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        Task<byte[]> key;
        lock (_gate)
        {
            // Requests during a load share it; one after a failed load starts another.
            if (_key is null || _key.IsFaulted || _key.IsCanceled)
            {
                _key = LoadAsync(options.Value, secrets);
            }

            key = _key;
        }

        return key.WaitAsync(cancellationToken);
    }

    internal static byte[]? TryDecode(string value)
    {
        try
        {
            return Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static async Task<byte[]> LoadAsync(MeetingPageOptions options, IBotSecretStore secrets)
    {
        if (!string.IsNullOrWhiteSpace(options.PageSigningKey))
        {
            return TryDecode(options.PageSigningKey)!;
        }

        var candidate = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MeetingPageOptionsValidator.MinKeyBytes));
        var stored = await secrets.GetOrAddAsync(SecretName, candidate, CancellationToken.None).ConfigureAwait(false);
        return Convert.FromBase64String(stored);
    }
}
