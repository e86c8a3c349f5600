using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Slack.Blocks;

/// <summary>
/// Checks blocks against the Block Kit limits of the reference (slack.md §6), written apart from the code that builds
/// them: what is said to Slack must be accepted whole, or the reader sees nothing.
/// </summary>
internal static class BlockKitLimits
{
    public static List<string> Errors(JsonArray blocks, int maxBlocks = 50)
    {
        var errors = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                errors.Add(what);
            }
        }

        void Text(JsonNode? text, string where, int max, string? type = null)
        {
            if (text is null)
            {
                errors.Add($"{where}: missing");
                return;
            }

            var kind = (string?)text["type"];
            Check(kind is "plain_text" or "mrkdwn", $"{where}: type {kind}");
            Check(type is null || kind == type, $"{where}: {kind}, not {type}");
            var value = (string?)text["text"] ?? "";
            Check(value.Length is > 0 && value.Length <= max, $"{where}: {value.Length} characters (1–{max})");
        }

        void Element(JsonNode element, string where)
        {
            var actionId = (string?)element["action_id"] ?? "";
            Check(actionId.Length is > 0 and <= 255, $"{where}: action_id of {actionId.Length}");
            switch ((string?)element["type"])
            {
                case "button":
                    Text(element["text"], where + ".text", 75, "plain_text");
                    Check(((string?)element["value"])?.Length is null or <= 2000, $"{where}: value too long");
                    Check(((string?)element["url"])?.Length is null or <= 3000, $"{where}: url too long");
                    Check((string?)element["style"] is null or "primary" or "danger", $"{where}: style");
                    if (element["confirm"] is { } confirm)
                    {
                        Text(confirm["title"], where + ".confirm.title", 100, "plain_text");
                        Text(confirm["text"], where + ".confirm.text", 300);
                        Text(confirm["confirm"], where + ".confirm.confirm", 30, "plain_text");
                        Text(confirm["deny"], where + ".confirm.deny", 30, "plain_text");
                    }

                    break;
                case "plain_text_input":
                    if (element["placeholder"] is { } placeholder)
                    {
                        Text(placeholder, where + ".placeholder", 150, "plain_text");
                    }

                    break;
                default:
                    errors.Add($"{where}: unexpected element {element["type"]}");
                    break;
            }
        }

        Check(blocks.Count <= maxBlocks, $"{blocks.Count} blocks (at most {maxBlocks})");
        var blockIds = new HashSet<string>();
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index]!;
            var where = $"blocks[{index}]";
            if ((string?)block["block_id"] is { } blockId)
            {
                Check(blockId.Length <= 255, $"{where}: block_id of {blockId.Length}");
                Check(blockIds.Add(blockId), $"{where}: block_id {blockId} twice");
            }

            switch ((string?)block["type"])
            {
                case "header":
                    Text(block["text"], where + ".text", 150, "plain_text");
                    break;
                case "section":
                    Check(block["text"] is not null || block["fields"] is not null, $"{where}: neither text nor fields");
                    if (block["text"] is { } text)
                    {
                        Text(text, where + ".text", 3000);
                    }

                    if (block["fields"] is JsonArray fields)
                    {
                        Check(fields.Count is > 0 and <= 10, $"{where}: {fields.Count} fields");
                        for (var field = 0; field < fields.Count; field++)
                        {
                            Text(fields[field], $"{where}.fields[{field}]", 2000);
                        }
                    }

                    if (block["accessory"] is { } accessory)
                    {
                        Element(accessory, where + ".accessory");
                    }

                    break;
                case "actions":
                    var elements = block["elements"]!.AsArray();
                    Check(elements.Count is > 0 and <= 25, $"{where}: {elements.Count} elements");
                    for (var element = 0; element < elements.Count; element++)
                    {
                        Element(elements[element]!, $"{where}.elements[{element}]");
                    }

                    break;
                case "context":
                    var items = block["elements"]!.AsArray();
                    Check(items.Count is > 0 and <= 10, $"{where}: {items.Count} context elements");
                    foreach (var item in items)
                    {
                        Text(item, where + ".elements[]", 3000);
                    }

                    break;
                case "input":
                    Text(block["label"], where + ".label", 2000, "plain_text");
                    Element(block["element"]!, where + ".element");
                    break;
                case "divider":
                case "call":
                    break;
                default:
                    errors.Add($"{where}: unexpected block {block["type"]}");
                    break;
            }
        }

        return errors;
    }
}
