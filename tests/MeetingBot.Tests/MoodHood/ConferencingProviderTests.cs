using MeetingBot.Backends;

namespace MeetingBot.Tests.MoodHood;

/// <summary><c>Conferencing:Provider</c> accepts the two backend names only (any case); anything else is refused naming the key.</summary>
public sealed class ConferencingProviderTests
{
    [Theory]
    [InlineData(null, ConferencingProvider.TrueConf)]
    [InlineData("", ConferencingProvider.TrueConf)]
    [InlineData("TrueConf", ConferencingProvider.TrueConf)]
    [InlineData(" moodhood ", ConferencingProvider.MoodHood)]
    [InlineData("MOODHOOD", ConferencingProvider.MoodHood)]
    public void A_backend_name_is_accepted(string? value, ConferencingProvider expected)
    {
        Assert.Equal(expected, ConferencingOptions.Parse(value));
        Assert.True(new ConferencingOptionsValidator().Validate(null, new ConferencingOptions { Provider = value }).Succeeded);
    }

    [Theory]
    [InlineData("Zoom")]
    [InlineData("1")]
    [InlineData("TrueConf,MoodHood")]
    public void Anything_else_is_refused_naming_the_key(string value)
    {
        var result = new ConferencingOptionsValidator().Validate(null, new ConferencingOptions { Provider = value });

        Assert.Null(ConferencingOptions.Parse(value));
        Assert.StartsWith($"Conferencing:Provider must be TrueConf or MoodHood (TrueConf when unset), got '{value}'.", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
