using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf.SignIn;

/// <summary>
/// Starts a TrueConf sign-in for a chat user: a random state and PKCE verifier are stored server-side (SQLite, so a
/// restart does not break links already handed out), and the link carries only the state.
/// </summary>
internal sealed class TrueConfSignIn(
    ISignInStateStore states,
    IOptions<TrueConfOptions> trueConf,
    IOptions<MeetingBotOptions> bot,
    TimeProvider clock) : IAccountSignIn
{
    public bool IsEnabled => trueConf.Value.UserSignIn;

    public async Task<string> CreateLinkAsync(IChatConversation chat, CancellationToken cancellationToken)
    {
        var state = SignInSecrets.NewRandom();
        var pending = new PendingSignIn(
            SignInSecrets.StateHash(state), SignInSecrets.NewRandom(), chat.Channel, chat.Sender.Id, chat.ConversationId, chat.ServiceAddress,
            clock.GetUtcNow() + trueConf.Value.SignInLifetime);
        await states.SaveAsync(pending, cancellationToken).ConfigureAwait(false);
        return PublicAddress(bot.Value, TrueConfSignInEndpoints.StartPath) + "?state=" + Uri.EscapeDataString(state);
    }

    public static string PublicAddress(MeetingBotOptions bot, string path) => bot.PublicUrl!.TrimEnd('/') + path;
}
