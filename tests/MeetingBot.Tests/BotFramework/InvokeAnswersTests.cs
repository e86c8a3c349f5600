using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace MeetingBot.Tests.BotFramework;

public sealed class InvokeAnswersTests
{
    [Fact]
    public async Task A_repeated_invoke_is_answered_from_memory_and_a_flood_of_clicks_is_not_all_remembered()
    {
        var handler = new CountingHandler();
        using var answers = new InvokeAnswers(handler, new Lifetime(), NullLogger<InvokeAnswers>.Instance);

        var first = await answers.AnswerAsync(Click("1"));
        var repeat = await answers.AnswerAsync(Click("1"));
        for (var i = 2; i < InvokeAnswers.MaxRemembered * 2; i++)
        {
            await answers.AnswerAsync(Click(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Same(first, repeat);
        Assert.Equal(InvokeAnswers.MaxRemembered * 2 - 1, handler.Calls);
        Assert.InRange(answers.RememberedCount, 1, InvokeAnswers.MaxRemembered);
    }

    private static Activity Click(string id) => new()
    {
        Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Id = id, ChannelId = "msteams", Conversation = new ConversationAccount { Id = "a:1" },
    };

    private sealed class CountingHandler : IActivityHandler
    {
        public int Calls;

        public bool WantsWork(Activity activity) => false;

        public Task HandleAsync(Activity activity, int attempt, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<InvokeAnswer?> HandleInvokeAsync(Activity activity, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult<InvokeAnswer?>(InvokeResponse.Message("ok " + activity.Id));
        }
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
