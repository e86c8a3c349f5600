using MeetingBot.Localization;

namespace MeetingBot.Meetings;

/// <summary>
/// What the language command says. Until the texts catalog reads them from <c>Localization/Texts</c>, these pick
/// their language themselves (<see cref="TextLanguage.Current"/>).
/// </summary>
internal static class ChooseLanguageTexts
{
    private static bool InRussian => TextLanguage.Current.Code == "ru";

    /// <summary>The answer to a language choice, written in the language just chosen.</summary>
    public static string Chosen => InRussian
        ? "Готово: теперь я пишу вам по-русски."
        : "Done: I'll write to you in English from now on.";

    /// <summary>Which languages there are, and which one the reader gets now.</summary>
    public static string Spoken(Language current, IEnumerable<Language> spoken) => InRussian
        ? $"Я пишу вам {InLanguage(current)}. Доступные языки: {Choices(spoken)}."
        : $"I write to you {InLanguage(current)}. Languages I speak: {Choices(spoken)}.";

    public static string NotSpoken(string requested, IEnumerable<Language> spoken) => InRussian
        ? $"Языка «{requested}» я не знаю. Доступные языки: {Choices(spoken)}."
        : $"I don't speak \"{requested}\". Languages I speak: {Choices(spoken)}.";

    private static string Choices(IEnumerable<Language> spoken) =>
        string.Join(", ", spoken.Select(language => $"{Name(language)} (`{(InRussian ? "язык" : "language")} {language.Code}`)"));

    private static string Name(Language language) => (language.Code, InRussian) switch
    {
        ("en", false) => "English",
        ("ru", false) => "Russian",
        ("en", true) => "английский",
        ("ru", true) => "русский",
        _ => language.Code,
    };

    private static string InLanguage(Language language) => (language.Code, InRussian) switch
    {
        ("en", true) => "по-английски",
        ("ru", true) => "по-русски",
        (_, true) => $"на языке {language.Code}",
        _ => "in " + Name(language),
    };
}
