using MeetingBot.Localization;

namespace MeetingBot.MeetingPages;

/// <summary>Every word the meeting page shows, in the current language (<see cref="TextLanguage.Current"/>).</summary>
internal static class MeetingPageTexts
{
    /// <summary>The page's <c>lang</c> attribute: the language its words are in.</summary>
    public static string Language => TextLanguage.Current.Code;
    public static string FrameTitle => Texts.Format("Page.FrameTitle");
    public static string EndedTitle => Texts.Format("Page.EndedTitle");
    public static string EndedBody => Texts.Format("Page.EndedBody");
    public static string ExpiredTitle => Texts.Format("Page.ExpiredTitle");
    public static string ExpiredBody => Texts.Format("Page.ExpiredBody");
    public static string InvalidTitle => Texts.Format("Page.InvalidTitle");
    public static string InvalidBody => Texts.Format("Page.InvalidBody");
    public static string NotFoundTitle => Texts.Format("Page.NotFoundTitle");
    public static string NotFoundBody => Texts.Format("Page.NotFoundBody");
    public static string UnavailableTitle => Texts.Format("Page.UnavailableTitle");
    public static string UnavailableBody => Texts.Format("Page.UnavailableBody");
}
