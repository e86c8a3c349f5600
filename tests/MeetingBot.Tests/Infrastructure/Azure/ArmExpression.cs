using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Deployment;

/// <summary>The deployment stopped on the template's own fail(message), as ARM would.</summary>
internal sealed class ArmDeploymentFailedException(string message) : Exception(message);

/// <summary>
/// Evaluates the ARM template expressions the conferencing and storage rules are made of (if, equals, greater, empty,
/// coalesce, concat, createArray, createObject, parameters, variables, fail, format, join, not, and, or, the
/// template's own functions), lazily like ARM: only the taken branch of if() is evaluated, so a fail() elsewhere stays
/// silent. reference(...) and listKeys(...) yield a placeholder, since there is no deployment; any other function is
/// a test error.
/// </summary>
internal sealed class ArmExpression(JsonObject template, IReadOnlyDictionary<string, object?> parameters)
{
    /// <summary>What reference(...) and listKeys(...) (and any property of theirs) evaluate to.</summary>
    public const string ReferencePlaceholder = "<reference>";

    /// <summary>A template value: "[expr]" strings are evaluated, arrays and objects element by element.</summary>
    public object? Evaluate(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text.StartsWith('[') && !text.StartsWith("[[", StringComparison.Ordinal)
            ? Eval(new Parser(text[1..^1]).ParseAll())
            : text,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonArray array => array.Select(Evaluate).ToList(),
        JsonObject obj => obj.ToDictionary(p => p.Key, p => Evaluate(p.Value)),
        _ => throw new InvalidOperationException($"Unexpected template value {node}"),
    };

    private object? Parameter(string name)
    {
        if (parameters.TryGetValue(name, out var given))
        {
            return given;
        }

        var declared = template["parameters"]?[name] ?? throw new InvalidOperationException($"No parameter {name}.");
        return declared["defaultValue"] is { } fallback ? Evaluate(fallback) : null;
    }

    private object? Eval(Node node)
    {
        switch (node)
        {
            case Literal literal:
                return literal.Value;
            case Property property:
                var target = Eval(property.Target);
                return target is Dictionary<string, object?> map ? map.GetValueOrDefault(property.Name) : ReferencePlaceholder;
            case Call call:
                return Apply(call);
            default:
                throw new InvalidOperationException($"Unexpected node {node}");
        }
    }

    private object? Apply(Call call)
    {
        object? Arg(int i) => Eval(call.Args[i]);
        IEnumerable<object?> Args() => call.Args.Select(Eval);

        switch (call.Name)
        {
            case "if":
                return Truthy(Arg(0)) ? Arg(1) : Arg(2);
            case "parameters":
                return Parameter((string)Arg(0)!);
            case "variables":
                return Evaluate(template["variables"]?[(string)Arg(0)!]);
            case "equals":
                return Equals(Arg(0), Arg(1));
            case "greater":
                return Convert.ToInt64(Arg(0), CultureInfo.InvariantCulture) > Convert.ToInt64(Arg(1), CultureInfo.InvariantCulture);
            case "not":
                return !Truthy(Arg(0));
            case "and":
                return call.Args.All(a => Truthy(Eval(a)));
            case "or":
                return call.Args.Any(a => Truthy(Eval(a)));
            case "empty":
                return Arg(0) switch
                {
                    null => true,
                    string s => s.Length == 0,
                    List<object?> list => list.Count == 0,
                    Dictionary<string, object?> map => map.Count == 0,
                    _ => false,
                };
            case "coalesce":
                return Args().FirstOrDefault(a => a is not null);
            case "concat":
                var parts = Args().ToList();
                return parts.All(p => p is List<object?>)
                    ? parts.SelectMany(p => (List<object?>)p!).ToList()
                    : string.Concat(parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)));
            case "createArray":
                return Args().ToList();
            case "createObject":
                var values = Args().ToList();
                return Enumerable.Range(0, values.Count / 2).ToDictionary(i => (string)values[2 * i]!, i => values[(2 * i) + 1]);
            case "null":
                return null;
            case "true":
                return true;
            case "false":
                return false;
            case "join":
                return string.Join((string)Arg(1)!, ((List<object?>)Arg(0)!).Select(Convert.ToString));
            case "format":
                var all = Args().ToList();
                return string.Format(CultureInfo.InvariantCulture, (string)all[0]!, all.Skip(1).ToArray());
            case "fail":
                throw new ArmDeploymentFailedException((string)Arg(0)!);
            case "reference" or "listKeys":
                return ReferencePlaceholder;
            default:
                return UserFunction(call);
        }
    }

    // Bicep's func declarations compile to template functions in the "__bicep" namespace.
    private object? UserFunction(Call call)
    {
        var dot = call.Name.IndexOf('.', StringComparison.Ordinal);
        var function = dot < 0 ? null : template["functions"]?.AsArray()
            .FirstOrDefault(ns => (string?)ns?["namespace"] == call.Name[..dot])?["members"]?[call.Name[(dot + 1)..]];
        if (function is null)
        {
            throw new InvalidOperationException($"ArmExpression does not know the function {call.Name}.");
        }

        var names = function["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
        var bound = names.Select((n, i) => (n, Eval(call.Args[i]))).ToDictionary(p => p.n, p => p.Item2);
        return new ArmExpression(template, bound).Evaluate(function["output"]!["value"]);
    }

    private static bool Truthy(object? value) => value is true;

    private abstract record Node;

    private sealed record Literal(object? Value) : Node;

    private sealed record Call(string Name, IReadOnlyList<Node> Args) : Node;

    private sealed record Property(Node Target, string Name) : Node;

    private sealed class Parser(string text)
    {
        private int _at;

        public Node ParseAll()
        {
            var node = ParseExpression();
            Skip();
            return _at == text.Length ? node : throw new FormatException($"Trailing text at {_at}: {text}");
        }

        private Node ParseExpression()
        {
            Skip();
            Node node;
            if (text[_at] == '\'')
            {
                node = new Literal(ParseString());
            }
            else if (char.IsDigit(text[_at]) || text[_at] == '-')
            {
                var start = _at++;
                while (_at < text.Length && char.IsDigit(text[_at]))
                {
                    _at++;
                }

                node = new Literal(long.Parse(text[start.._at], CultureInfo.InvariantCulture));
            }
            else
            {
                var name = ParseName();
                Expect('(');
                var args = new List<Node>();
                Skip();
                while (text[_at] != ')')
                {
                    args.Add(ParseExpression());
                    Skip();
                    if (text[_at] == ',')
                    {
                        _at++;
                    }
                }

                _at++;
                node = new Call(name, args);
            }

            while (_at < text.Length && text[_at] == '.')
            {
                _at++;
                node = new Property(node, ParseName());
            }

            return node;
        }

        // Bicep's own functions are called by a dotted name, e.g. __bicep.keyVaultReference.
        private string ParseName()
        {
            var start = _at;
            SkipNameChars();
            if (text[start..].StartsWith("__", StringComparison.Ordinal) && _at < text.Length && text[_at] == '.')
            {
                _at++;
                SkipNameChars();
            }

            return _at > start ? text[start.._at] : throw new FormatException($"Name expected at {_at}: {text}");
        }

        private void SkipNameChars()
        {
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] == '_'))
            {
                _at++;
            }
        }

        private string ParseString()
        {
            var result = new StringBuilder();
            _at++;
            while (true)
            {
                if (text[_at] == '\'')
                {
                    if (_at + 1 < text.Length && text[_at + 1] == '\'')
                    {
                        result.Append('\'');
                        _at += 2;
                        continue;
                    }

                    _at++;
                    return result.ToString();
                }

                result.Append(text[_at++]);
            }
        }

        private void Expect(char c)
        {
            Skip();
            if (text[_at] != c)
            {
                throw new FormatException($"'{c}' expected at {_at}: {text}");
            }

            _at++;
        }

        private void Skip()
        {
            while (_at < text.Length && text[_at] == ' ')
            {
                _at++;
            }
        }
    }
}
