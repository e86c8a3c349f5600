using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MeetingBot.Slack.Blocks;

/// <summary>
/// The UTF-8 JSON bodies Slack takes for a message: the Web API's <c>chat.*</c> and <c>views.publish</c>, and
/// <c>response_url</c>. Everything whose default Slack leaves unclear is written out.
/// </summary>
public static class SlackMessageBodies
{
    /// <summary><c>chat.postMessage</c>; no previews, so posting never makes Slack open a link (a one-time sign-in link would be spent).</summary>
    public static byte[] PostMessage(string channel, string? threadTs, SlackMessage message) =>
        Utf8Json(
            new PostMessageBody(channel, threadTs, message.Text, message.Blocks, UnfurlLinks: false, UnfurlMedia: false),
            SlackBlocksJsonContext.Default.PostMessageBody);

    /// <summary><c>chat.update</c> of the message at <paramref name="ts"/>; blocks always sent, since left out Slack keeps the old ones.</summary>
    public static byte[] Update(string channel, string ts, SlackMessage message) =>
        Utf8Json(new UpdateBody(channel, ts, message.Text, message.Blocks), SlackBlocksJsonContext.Default.UpdateBody);

    /// <summary><c>chat.postEphemeral</c>: only <paramref name="user"/> sees it.</summary>
    public static byte[] Ephemeral(string channel, string user, string? threadTs, SlackMessage message) =>
        Utf8Json(new EphemeralBody(channel, user, threadTs, message.Text, message.Blocks), SlackBlocksJsonContext.Default.EphemeralBody);

    /// <summary>
    /// A post to a command's or an action's <c>response_url</c>: its type and <c>replace_original</c> always written
    /// (their defaults are reported differently), and no previews, as for <see cref="PostMessage"/>.
    /// </summary>
    public static byte[] Response(SlackMessage message, bool inChannel, bool replaceOriginal) =>
        Utf8Json(
            new ResponseBody(inChannel ? ResponseType.InChannel : ResponseType.Ephemeral, replaceOriginal, message.Text, message.Blocks, UnfurlLinks: false, UnfurlMedia: false),
            SlackBlocksJsonContext.Default.ResponseBody);

    /// <summary><c>views.publish</c> of the user's Home tab (at most 100 blocks).</summary>
    public static byte[] HomeView(string userId, IReadOnlyList<SlackBlock> blocks) =>
        Utf8Json(new HomeViewBody(userId, new HomeTabView(SlackBlockKit.Home(blocks))), SlackBlocksJsonContext.Default.HomeViewBody);

    // Written as UTF-8, not \u-escaped: names and topics in other scripts stay one to three bytes a character (the
    // HTML-safe default would make each six), and the body goes to an API, never into a page.
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One writer per thread, kept between messages: a message is written in one synchronous go, and the bot posts one
    // or more per command, so a fresh buffer grown to size and a fresh writer each time would only be garbage.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    // A buffer grown past this (a full Home tab) is not kept.
    private const int KeptBufferBytes = 16 * 1024;

    private static byte[] Utf8Json<T>(T body, JsonTypeInfo<T> type)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(KeptBufferBytes / 4);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Writer);
        try
        {
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, body, type);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity > KeptBufferBytes)
            {
                t_buffer = null;
                t_writer = null;
            }
            else
            {
                buffer.ResetWrittenCount();
            }
        }
    }
}
