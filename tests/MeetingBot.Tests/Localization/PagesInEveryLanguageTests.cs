using MeetingBot.Localization;
using MeetingBot.MeetingPages;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.Localization;

/// <summary>The meeting page is written in the current language and says so in its <c>lang</c>; names stay as given.</summary>
public sealed class PagesInEveryLanguageTests
{
    [Theory]
    [InlineData("en", "The meeting has ended", "You can close this window.")]
    [InlineData("ru", "Встреча завершилась", "Это окно можно закрыть.")]
    public async Task The_ended_page_speaks_the_current_language(string language, string heading, string body)
    {
        var html = await RenderAsync(language, () => MeetingPageHtml.Ended("Планёрка «Итоги» & план"));

        Assert.Contains($"<html lang=\"{language}\">", html);
        Assert.Contains($"<h1>{heading}</h1><p>{body}</p>", html);
        Assert.Contains("<title>Планёрка «Итоги» &amp; план</title>", html);
    }

    private static async Task<string> RenderAsync(string language, Func<IResult> page)
    {
        IResult result;
        using (TextLanguage.Use(new Language(language)))
        {
            result = page();
        }

        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        return System.Text.Encoding.UTF8.GetString(body.ToArray());
    }
}
