namespace MeetingBot.Tests;

public class PlaceholderTest
{
    [Fact]
    public void Builds() => Assert.Equal(2, 1 + 1);
}
