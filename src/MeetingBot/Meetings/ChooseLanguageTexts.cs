using MeetingBot.Localization;

namespace MeetingBot.Meetings;

/// <summary>What the language command says; every texts file names every language (<c>Language.Name.{code}</c>).</summary>
internal static class ChooseLanguageTexts
{
    /// <summary>The answer to a language choice, written in the language just chosen.</summary>
    public static string Chosen => Texts.Format("Language.Chosen");

    /// <summary>Which languages there are, and which one the reader gets now.</summary>
    public static string Spoken(Language current, IEnumerable<Language> spoken) =>
        Texts.Format("Language.Current", ("language", Texts.Format("Language.In." + current.Code)), ("choices", Choices(spoken)));

    public static string NotSpoken(string requested, IEnumerable<Language> spoken) =>
        Texts.Format("Language.NotSpoken", ("requested", requested), ("choices", Choices(spoken)));

    private static string Choices(IEnumerable<Language> spoken) =>
        string.Join(", ", spoken.Select(language =>
            Texts.Format("Language.Choice", ("name", Texts.Format("Language.Name." + language.Code)), ("code", language.Code))));
}
