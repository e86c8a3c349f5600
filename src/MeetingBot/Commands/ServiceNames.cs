namespace MeetingBot.Commands;

/// <summary>
/// How people type a video backend's name: <c>VideoHub</c> as <c>videohub</c>, <c>video hub</c> or <c>video-hub</c>.
/// The words come from the backend's display name, so the vocabulary names no backend itself.
/// </summary>
internal static class ServiceNames
{
    public static string[] For(string displayName)
    {
        var words = SplitWords(displayName);
        return new[] { string.Concat(words), string.Join(' ', words), string.Join('-', words) }
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>Words of a name split at spaces, hyphens and lower-to-upper case changes, lower-cased.</summary>
    private static string[] SplitWords(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            var boundary = i == name.Length || name[i] is ' ' or '-' || (i > start && char.IsUpper(name[i]) && char.IsLower(name[i - 1]));
            if (!boundary)
            {
                continue;
            }

            if (i > start)
            {
                words.Add(name[start..i].ToLowerInvariant());
            }

            start = i < name.Length && name[i] is ' ' or '-' ? i + 1 : i;
        }

        return words.ToArray();
    }
}
