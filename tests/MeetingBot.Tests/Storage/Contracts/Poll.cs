namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>Waits for something another instance (or Redis's pub/sub) makes true soon, failing after five seconds.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, string because = "the condition never held")
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, because);
            await Task.Delay(20);
        }
    }

    public static async Task UntilAsync(Func<Task<bool>> condition, string because = "the condition never held")
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, because);
            await Task.Delay(20);
        }
    }
}
