using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>Configuration mistakes stop the start-up with a message naming the key.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("TrueConf:ClientId", "", "TrueConf:ClientId")]
    [InlineData("TrueConf:ClientSecret", "", "TrueConf:ClientSecret")]
    [InlineData("TrueConf:ServerUrl", "video.example.com", "TrueConf:ServerUrl")]
    [InlineData("TrueConf:ApiVersion", "latest", "TrueConf:ApiVersion")]
    [InlineData("TrueConf:CaCertificatePath", "/nonexistent/ca.pem", "TrueConf:CaCertificatePath")]
    [InlineData("MicrosoftAppId", "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60", "MicrosoftAppPassword")]
    [InlineData("MeetingBot:CommandTimeout", "00:01:00", "MeetingBot:CommandTimeout")]
    public async Task A_bad_setting_fails_start_up_naming_the_key(string key, string value, string named)
    {
        var error = await Record.ExceptionAsync(() => BotHarness.StartAsync(new() { [key] = value }));

        var validation = Assert.IsType<OptionsValidationException>(error);
        Assert.Contains(named, validation.Message);
    }

    [Fact]
    public async Task Single_tenant_needs_a_tenant_and_managed_identity_has_no_password()
    {
        var singleTenant = await Record.ExceptionAsync(() => BotHarness.StartAsync(new()
        {
            ["MicrosoftAppId"] = "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "SingleTenant",
        }));
        var managedIdentity = await Record.ExceptionAsync(() => BotHarness.StartAsync(new()
        {
            ["MicrosoftAppId"] = "7d7bbd6c-5f1e-4c8b-9d0a-1b2c3d4e5f60",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = "3c1a0000-0000-0000-0000-000000000000",
        }));

        Assert.Contains("MicrosoftAppTenantId", Assert.IsType<OptionsValidationException>(singleTenant).Message);
        Assert.Contains("MicrosoftAppPassword must be empty", Assert.IsType<OptionsValidationException>(managedIdentity).Message);
    }
}
