namespace MeetingBot.TrueConf;

/// <summary>TrueConf returns full ids (<c>helen@server</c>) where it was sent short ones; compare by the login part.</summary>
internal static class TrueConfIds
{
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
