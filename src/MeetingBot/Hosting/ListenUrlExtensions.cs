namespace MeetingBot.Hosting;

public static class ListenUrlExtensions
{
    /// <summary>
    /// Listens on <paramref name="url"/> unless an address was configured (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
    /// <c>ASPNETCORE_HTTP_PORTS</c>; App Service sets these).
    /// </summary>
    public static WebApplicationBuilder UseDefaultListenUrl(this WebApplicationBuilder builder, string url)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrWhiteSpace(configuration["urls"]) && string.IsNullOrWhiteSpace(configuration["http_ports"]) && string.IsNullOrWhiteSpace(configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(url);
        }

        return builder;
    }
}
