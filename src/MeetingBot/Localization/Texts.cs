namespace MeetingBot.Localization;

/// <summary>
/// The texts the bot writes, in the current language (<see cref="TextLanguage.Current"/>): the typed façades
/// (<c>BotTexts</c> and the channels' texts) call these, so their many call sites need no language.
/// </summary>
internal static class Texts
{
    /// <summary>The text <paramref name="key"/> with its named placeholders filled: <c>Texts.Format("Stopped", ("topic", topic))</c>.</summary>
    public static string Format(string key, params ReadOnlySpan<(string Name, string Value)> args) => TextCatalog.Embedded.Format(key, args);

    /// <summary>The plural text <paramref name="key"/> in the form that fits <paramref name="count"/> (its <c>{count}</c>).</summary>
    public static string Plural(string key, long count, params ReadOnlySpan<(string Name, string Value)> args) =>
        TextCatalog.Embedded.Plural(key, count, args);
}
