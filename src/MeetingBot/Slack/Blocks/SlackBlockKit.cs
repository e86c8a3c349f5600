namespace MeetingBot.Slack.Blocks;

/// <summary>
/// Builds Block Kit blocks within Slack's limits (reference §6): the one place they are kept. Too long a text is
/// cut with "…", too many items are cut off — Slack would reject the whole message instead (<c>invalid_blocks</c>).
/// </summary>
internal static class SlackBlockKit
{
    public const int MessageBlocks = 50;
    public const int HomeBlocks = 100;
    public const int HeaderText = 150;
    public const int SectionText = 3000;
    public const int FieldText = 2000;
    public const int SectionFields = 10;
    public const int ContextElements = 10;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ActionId = 255;
    public const int ButtonValue = 2000;
    public const int Url = 3000;
    public const int ConfirmTitle = 100;
    public const int ConfirmText = 300;
    public const int ConfirmButton = 30;
    public const int BlockId = 255;
    public const int InputLabel = 2000;
    public const int Placeholder = 150;

    // Slack documents no limit of its own for the fallback below 40,000 characters; messages stay small (§6: msg_blocks_too_long).
    public const int FallbackText = 3000;

    public static SlackMessage Message(string fallback, IEnumerable<SlackBlock> blocks) =>
        new(Fit(fallback, FallbackText), blocks.Take(MessageBlocks).ToArray());

    public static IReadOnlyList<SlackBlock> Home(IEnumerable<SlackBlock> blocks) => blocks.Take(HomeBlocks).ToArray();

    public static HeaderBlock Header(string plainText) => new(Plain(plainText, HeaderText));

    public static SectionBlock Section(string mrkdwn, SlackElement? accessory = null) =>
        new() { Text = new MrkdwnText(Fit(mrkdwn, SectionText)), Accessory = accessory };

    public static SectionBlock Fields(IEnumerable<string> mrkdwn) =>
        new() { Fields = mrkdwn.Take(SectionFields).Select(field => new MrkdwnText(Fit(field, FieldText))).ToArray() };

    public static ContextBlock Context(params IEnumerable<string> mrkdwn) =>
        new(mrkdwn.Take(ContextElements).Select(text => new MrkdwnText(Fit(text, SectionText))).ToArray());

    public static ActionsBlock Actions(IEnumerable<SlackElement> elements) => new(elements.Take(ActionsElements).ToArray());

    /// <summary>A button that opens <paramref name="url"/>; Slack still reports the click under <paramref name="actionId"/>.</summary>
    public static ButtonElement LinkButton(string label, string actionId, string url, ButtonStyle? style = null) =>
        new(Plain(label, ButtonText), Fit(actionId, ActionId)) { Url = Fit(url, Url), Style = style };

    /// <summary>A button that sends <paramref name="value"/> under <paramref name="actionId"/>.</summary>
    public static ButtonElement Button(string label, string actionId, string value, ButtonStyle? style = null, ConfirmDialog? confirm = null) =>
        new(Plain(label, ButtonText), Fit(actionId, ActionId)) { Value = Fit(value, ButtonValue), Style = style, Confirm = confirm };

    public static ConfirmDialog Confirm(string title, string mrkdwn, string confirm, string deny, ButtonStyle? style = null) =>
        new(Plain(title, ConfirmTitle), new MrkdwnText(Fit(mrkdwn, ConfirmText)), Plain(confirm, ConfirmButton), Plain(deny, ConfirmButton)) { Style = style };

    /// <summary>A one-line text box that sends what was typed when Enter is pressed.</summary>
    public static InputBlock EnterInput(string blockId, string label, string actionId, string placeholder) =>
        new(Plain(label, InputLabel), new PlainTextInputElement(Fit(actionId, ActionId))
        {
            Placeholder = Plain(placeholder, Placeholder),
            DispatchActionConfig = new DispatchActionConfig(["on_enter_pressed"]),
        })
        { BlockId = Fit(blockId, BlockId), DispatchAction = true };

    /// <summary>
    /// Lines packed into as few sections as fit Slack's text limit, at most <paramref name="maxSections"/>; lines that
    /// do not fit are counted in a last line made by <paramref name="more"/>.
    /// </summary>
    public static IReadOnlyList<SectionBlock> Lines(IReadOnlyList<string> lines, int maxSections, Func<int, string> more)
    {
        var sections = new List<SectionBlock>();
        var current = new List<string>();
        var length = 0;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = Fit(lines[index], SectionText);
            if (current.Count > 0 && length + 1 + line.Length > SectionText)
            {
                if (sections.Count + 1 == maxSections)
                {
                    return [.. sections, Section(WithMore(current, lines.Count - index, more))];
                }

                sections.Add(Section(string.Join('\n', current)));
                current.Clear();
                length = 0;
            }

            length += (current.Count > 0 ? 1 : 0) + line.Length;
            current.Add(line);
        }

        if (current.Count > 0)
        {
            sections.Add(Section(string.Join('\n', current)));
        }

        return sections;
    }

    /// <summary>Items joined by <paramref name="separator"/> while they fit <paramref name="max"/>, the rest counted by <paramref name="more"/>.</summary>
    public static string JoinWhileFits(IReadOnlyList<string> items, string separator, int max, Func<int, string> more)
    {
        var joined = string.Join(separator, items);
        if (joined.Length <= max)
        {
            return joined;
        }

        var length = 0;
        for (var index = 0; index < items.Count; index++)
        {
            var added = (index > 0 ? separator.Length : 0) + items[index].Length;
            if (length + added + 1 + more(items.Count - index - 1).Length > max)
            {
                var shown = string.Join(separator, items.Take(index));
                return Fit(shown.Length == 0 ? more(items.Count) : $"{shown} {more(items.Count - index)}", max);
            }

            length += added;
        }

        return Fit(joined, max);
    }

    /// <summary>Cut to <paramref name="max"/> characters with "…", never inside a surrogate pair or an escape like <c>&amp;amp;</c>.</summary>
    public static string Fit(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var entity = text.LastIndexOf('&', cut - 1, Math.Min(cut, 5));
        if (entity >= 0 && text.IndexOf(';', entity, cut - entity) < 0)
        {
            cut = entity;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private static PlainText Plain(string text, int max) => new(Fit(text, max));

    private static string WithMore(List<string> lines, int notShown, Func<int, string> more)
    {
        var tail = more(notShown);
        while (lines.Count > 1 && lines.Sum(line => line.Length + 1) + tail.Length > SectionText)
        {
            lines.RemoveAt(lines.Count - 1);
            notShown++;
            tail = more(notShown);
        }

        return string.Join('\n', [.. lines, tail]);
    }
}
