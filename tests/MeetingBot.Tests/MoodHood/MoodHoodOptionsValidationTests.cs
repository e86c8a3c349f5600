using MeetingBot.MoodHood;

namespace MeetingBot.Tests.MoodHood;

/// <summary>The <c>MoodHood</c> section is checked at start-up; each message names the key at fault and never echoes a secret.</summary>
public sealed class MoodHoodOptionsValidationTests
{
    private const string Token = "personal-token-secret-value";

    [Fact]
    public void A_personal_token_configuration_is_valid()
    {
        Assert.True(Validate(Valid()).Succeeded);
    }

    [Fact]
    public void A_complete_password_flow_configuration_is_valid()
    {
        var options = Valid();
        options.PersonalToken = null;
        options.ClientId = "client";
        options.ClientSecret = "client-secret-value";
        options.Username = "bot@example.com";
        options.Password = "account-password-value";

        Assert.True(Validate(options).Succeeded);
    }

    public static TheoryData<string, string?, string> BadValues => new()
    {
        { nameof(MoodHoodOptions.ApiBaseUrl), "moodhood.example/api", "MoodHood:ApiBaseUrl must be an absolute http(s) address" },
        { nameof(MoodHoodOptions.ApiBaseUrl), "ftp://moodhood.example", "MoodHood:ApiBaseUrl must be an absolute http(s) address" },
        { nameof(MoodHoodOptions.ApiBaseUrl), "", "MoodHood:ApiBaseUrl is required" },
        { nameof(MoodHoodOptions.WebBaseUrl), "edu.example", "MoodHood:WebBaseUrl must be an absolute http(s) address" },
        { nameof(MoodHoodOptions.WebBaseUrl), null, "MoodHood:WebBaseUrl is required" },
        { nameof(MoodHoodOptions.SpaceId), " ", "MoodHood:SpaceId is required" },
        { nameof(MoodHoodOptions.RoomType), "party", "MoodHood:RoomType must be 'lesson' or 'webinar'" },
        { nameof(MoodHoodOptions.LinkTtlSeconds), "0", "MoodHood:LinkTtlSeconds must be between 1 and 432000" },
        { nameof(MoodHoodOptions.LinkTtlSeconds), "432001", "MoodHood:LinkTtlSeconds must be between 1 and 432000" },
        { nameof(MoodHoodOptions.TimeoutSeconds), "0", "MoodHood:TimeoutSeconds must be greater than 0" },
        { nameof(MoodHoodOptions.WebhookSecret), "short-secret", "MoodHood:WebhookSecret must be the secret MoodHood answered" },
        { nameof(MoodHoodOptions.WebhookSecret), " 5e1f0c2d9a8b7c6d5e4f3a2b1c0d9e8f", "MoodHood:WebhookSecret must be the secret MoodHood answered" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_bad_value_fails_naming_its_key(string property, string? value, string message)
    {
        var options = Valid();
        switch (property)
        {
            case nameof(MoodHoodOptions.ApiBaseUrl): options.ApiBaseUrl = value; break;
            case nameof(MoodHoodOptions.WebBaseUrl): options.WebBaseUrl = value; break;
            case nameof(MoodHoodOptions.SpaceId): options.SpaceId = value; break;
            case nameof(MoodHoodOptions.RoomType): options.RoomType = value!; break;
            case nameof(MoodHoodOptions.LinkTtlSeconds): options.LinkTtlSeconds = int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture); break;
            case nameof(MoodHoodOptions.TimeoutSeconds): options.TimeoutSeconds = int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture); break;
            case nameof(MoodHoodOptions.WebhookSecret): options.WebhookSecret = value; break;
        }

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_webhook_secret_is_optional_and_a_good_one_is_never_echoed()
    {
        var options = Valid();
        options.WebhookSecret = "";
        Assert.True(Validate(options).Succeeded);

        options.WebhookSecret = "5e1f0c2d9a8b7c6d5e4f3a2b1c0d9e8f";
        Assert.True(Validate(options).Succeeded);

        options.WebhookSecret = "too-short";
        Assert.DoesNotContain("too-short", Assert.Single(Validate(options).Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void No_credentials_at_all_names_both_ways_to_sign_in()
    {
        var options = Valid();
        options.PersonalToken = null;

        var failure = Assert.Single(Validate(options).Failures!);

        Assert.StartsWith("MoodHood:PersonalToken is required, or else MoodHood:ClientId, MoodHood:ClientSecret, MoodHood:Username and MoodHood:Password", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_half_password_flow_names_the_missing_keys_without_echoing_secrets()
    {
        var options = Valid();
        options.PersonalToken = null;
        options.ClientId = "client";
        options.ClientSecret = "client-secret-value";

        var failure = Assert.Single(Validate(options).Failures!);

        Assert.StartsWith("MoodHood:Username, MoodHood:Password are required with MoodHood:ClientId, MoodHood:ClientSecret", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("client-secret-value", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_ways_to_sign_in_at_once_are_refused_without_echoing_the_token()
    {
        var options = Valid();
        options.ClientId = "client";
        options.Password = "account-password-value";

        var failure = Assert.Single(Validate(options).Failures!);

        Assert.StartsWith("MoodHood:PersonalToken is set together with MoodHood:ClientId, MoodHood:Password", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, failure, StringComparison.Ordinal);
        Assert.DoesNotContain("account-password-value", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_make_ordinary_rooms_and_links_that_outlive_a_long_meeting()
    {
        var options = new MoodHoodOptions();

        Assert.Equal("lesson", options.RoomType);
        Assert.InRange(options.LinkTtlSeconds, 4 * 3600, MoodHoodOptions.MaxLinkTtlSeconds);
        Assert.True(options.TimeoutSeconds > 0);
    }

    private static MoodHoodOptions Valid() => new()
    {
        ApiBaseUrl = "https://moodhood.example",
        WebBaseUrl = "https://edu.example",
        PersonalToken = Token,
        SpaceId = "5f0c8a3b2e1d4c6b7a9f0e1d",
    };

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(MoodHoodOptions options) =>
        new MoodHoodOptionsValidator().Validate(null, options);
}
