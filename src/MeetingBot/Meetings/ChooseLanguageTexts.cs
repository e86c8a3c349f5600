using MeetingBot.Localization;

namespace MeetingBot.Meetings;

/// <summary>What the language command says; each language is listed by the name it gives itself.</summary>
internal static class ChooseLanguageTexts
{
    /// <summary>The answer to a language choice, written in the language just chosen.</summary>
    public static string Chosen => Texts.Format("Language.Chosen");

    /// <summary>Which languages there are, and that the reader gets the current one.</summary>
    public static string Spoken(IEnumerable<Language> spoken) => Texts.Format("Language.Current", ("choices", Choices(spoken)));

    public static string NotSpoken(string requested, IEnumerable<Language> spoken) =>
        Texts.Format("Language.NotSpoken", ("requested", requested), ("choices", Choices(spoken)));

    private static string Choices(IEnumerable<Language> spoken) =>
        string.Join(", ", spoken.Select(language =>
            Texts.Format("Language.Choice", ("name", LanguageNames.SelfName(language)), ("code", language.Code))));
}
