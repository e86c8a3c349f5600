using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.TrueConf;

/// <summary>TrueConf returns full ids (<c>helen@server</c>) where it was sent short ones; compare by the login part.</summary>
internal static class TrueConfIds
{
    /// <summary>
    /// The tag a conference carries for the command that created it: a digest, because request keys hold chat ids
    /// with characters a tag filter may not keep, and are long.
    /// </summary>
    public static string RequestTag(string requestKey) =>
        "meetingbot-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(requestKey)))[..32];

    public static string WithoutServer(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return string.Empty;
        }

        var at = id.IndexOf('@');
        return at < 0 ? id : id[..at];
    }
}
