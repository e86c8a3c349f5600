using System.Security.Cryptography;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.MeetingPages;

/// <summary>
/// The key that signs meeting-page links: <c>MeetingBot:PageSigningKey</c> when set, else one generated once and kept in
/// the bot's store (so links survive a restart and every instance on that store accepts them). Read once per process.
/// </summary>
public sealed class PageSigningKey(IOptions<MeetingPageOptions> options, IBotSecretStore secrets)
{
    internal const string SecretName = "meeting-page-signing-key";

    private readonly Lazy<Task<byte[]>> _key = new(() => LoadAsync(options.Value, secrets));

    public Task<byte[]> GetAsync(CancellationToken cancellationToken) => _key.Value.WaitAsync(cancellationToken);

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
