using MeetingBot.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.MeetingPages;

/// <summary>Gives a chat user the address of the meeting page, with a short-lived token naming them alone.</summary>
public sealed class MeetingPageLinks(PageSigningKey signingKey, IOptions<MeetingPageOptions> options, IOptions<MeetingBotOptions> bot, TimeProvider clock)
{
    public const string RoutePrefix = "/meet/";
    public const string TokenParameter = "t";

    /// <summary>Whether the bot knows the address browsers reach it at (<c>MeetingBot:PublicUrl</c>); without it there is no link to give.</summary>
    public bool CanLink => !string.IsNullOrWhiteSpace(bot.Value.PublicUrl);

    /// <summary>The page's address for this user and meeting, valid for <see cref="MeetingPageOptions.PageLinkLifetime"/>.</summary>
    /// <exception cref="InvalidOperationException">When <see cref="CanLink"/> is false.</exception>
    public async Task<Uri> ForAsync(string channel, string userId, string displayName, string conferenceId, CancellationToken cancellationToken)
    {
        if (!CanLink)
        {
            throw new InvalidOperationException("MeetingBot:PublicUrl is not set: there is no address to give for the meeting page.");
        }

        var expiresAt = clock.GetUtcNow().Add(options.Value.PageLinkLifetime).ToUnixTimeSeconds();
        var token = PageTokens.Issue(new PageTicket(channel, userId, displayName, conferenceId, expiresAt), await signingKey.GetAsync(cancellationToken).ConfigureAwait(false));
        return new Uri(string.Concat(
            bot.Value.PublicUrl!.TrimEnd('/'), RoutePrefix, Uri.EscapeDataString(conferenceId), "?", TokenParameter, "=", token));
    }
}
