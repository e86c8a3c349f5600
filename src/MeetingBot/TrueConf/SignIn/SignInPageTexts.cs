using MeetingBot.Localization;

namespace MeetingBot.TrueConf.SignIn;

/// <summary>The words of the pages the browser shows at the end of a TrueConf sign-in, in the current language.</summary>
internal static class SignInPageTexts
{
    public static string Language => TextLanguage.Current.Code;
    public static string StartExpiredTitle => Texts.Format("SignInPage.StartExpiredTitle");
    public static string StartExpiredBody => Texts.Format("SignInPage.StartExpiredBody");
    public static string CallbackExpiredTitle => Texts.Format("SignInPage.CallbackExpiredTitle");
    public static string CallbackExpiredBody => Texts.Format("SignInPage.CallbackExpiredBody");
    public static string RefusedTitle => Texts.Format("SignInPage.RefusedTitle");
    public static string RefusedBody => Texts.Format("SignInPage.RefusedBody");
    public static string NotConfirmedTitle => Texts.Format("SignInPage.NotConfirmedTitle");
    public static string NotConfirmedBody => Texts.Format("SignInPage.NotConfirmedBody");
    public static string DisabledTitle => Texts.Format("SignInPage.DisabledTitle");
    public static string DisabledBody(string id) => Texts.Format("SignInPage.DisabledBody", ("id", id));
    public static string LinkedTitle(string displayName) => Texts.Format("SignInPage.LinkedTitle", ("displayName", displayName));
    public static string LinkedBody(string displayName, string id) => Texts.Format("SignInPage.LinkedBody", ("displayName", displayName), ("id", id));
}
