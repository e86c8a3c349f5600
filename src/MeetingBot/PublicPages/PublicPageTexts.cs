using MeetingBot.Localization;

namespace MeetingBot.PublicPages;

/// <summary>
/// Every word of the public pages, in the current language (<see cref="TextLanguage.Current"/>). They describe what
/// this bot's code does with data; the organisation that runs it states the rest, which is why they point people to
/// their administrator rather than promising on its behalf.
/// </summary>
internal static class PublicPageTexts
{
    /// <summary>The page's <c>lang</c> attribute: the language its words are in.</summary>
    public static string Language => TextLanguage.Current.Code;
    public static string SiteName => Texts.Format("Public.SiteName");
    public static string PrivacyLink => Texts.Format("Public.PrivacyLink");
    public static string TermsLink => Texts.Format("Public.TermsLink");

    public static string AboutIntro => Texts.Format("Public.About.Intro");
    public static string AboutTryLead => Texts.Format("Public.About.TryLead");
    public static string AboutExample => Texts.Format("Public.About.Example");
    public static string AboutHelpLead => Texts.Format("Public.About.HelpLead");
    public static string AboutHelpCommand => Texts.Format("Public.About.HelpCommand");
    public static string AboutRunBy => Texts.Format("Public.About.RunBy");

    public static string PrivacyTitle => Texts.Format("Public.Privacy.Title");
    public static string PrivacyIntro => Texts.Format("Public.Privacy.Intro");
    public static string PrivacyReadsHeading => Texts.Format("Public.Privacy.ReadsHeading");
    public static string PrivacyReads => Texts.Format("Public.Privacy.Reads");
    public static string PrivacyKeepsHeading => Texts.Format("Public.Privacy.KeepsHeading");
    public static string PrivacyKeepsMeeting => Texts.Format("Public.Privacy.KeepsMeeting");
    public static string PrivacyKeepsLink => Texts.Format("Public.Privacy.KeepsLink");
    public static string PrivacyKeepsDeliveries => Texts.Format("Public.Privacy.KeepsDeliveries");
    public static string PrivacyNoEmails => Texts.Format("Public.Privacy.NoEmails");
    public static string PrivacySendsHeading => Texts.Format("Public.Privacy.SendsHeading");
    public static string PrivacySends => Texts.Format("Public.Privacy.Sends");
    public static string PrivacyLogsHeading => Texts.Format("Public.Privacy.LogsHeading");
    public static string PrivacyLogs => Texts.Format("Public.Privacy.Logs");
    public static string PrivacyQuestionsHeading => Texts.Format("Public.Privacy.QuestionsHeading");
    public static string PrivacyQuestions => Texts.Format("Public.Privacy.Questions");

    public static string TermsTitle => Texts.Format("Public.Terms.Title");
    public static string TermsProvider => Texts.Format("Public.Terms.Provider");
    public static string TermsInYourName => Texts.Format("Public.Terms.InYourName");
    public static string TermsAsIs => Texts.Format("Public.Terms.AsIs");
    public static string TermsQuestions => Texts.Format("Public.Terms.Questions");
}
