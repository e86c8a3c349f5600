using YamlDotNet.RepresentationModel;

namespace MeetingBot.Tests.Deployment;

/// <summary>Read-only navigation over azure-pipelines.yml (YamlDotNet's representation model).</summary>
internal sealed class PipelineYaml
{
    private PipelineYaml(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static PipelineYaml Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return new PipelineYaml((YamlMappingNode)Assert.Single(stream.Documents).RootNode);
    }

    public IReadOnlyList<YamlMappingNode> Stages() => Items(Root, "stages").ToList();

    public YamlMappingNode Stage(string name) =>
        Stages().SingleOrDefault(s => Text(s, "stage") == name) ?? throw new Xunit.Sdk.XunitException($"Stage {name} missing.");

    public static IEnumerable<YamlMappingNode> Jobs(YamlMappingNode stage) => Items(stage, "jobs");

    public YamlMappingNode Job(string stage, string name) =>
        Xunit.Assert.Single(Jobs(Stage(stage)), job => JobName(job) == name);

    /// <summary>A top-level pipeline variable (the `variables:` mapping form); empty when there is none.</summary>
    public string TopLevelVariable(string name) =>
        Child(Root, "variables") is YamlMappingNode variables ? Text(variables, name) ?? "" : "";

    /// <summary>Name of a job: its "job" or "deployment" key.</summary>
    public static string JobName(YamlMappingNode job) => Text(job, "job") ?? Text(job, "deployment") ?? "";

    public static bool IsDeployment(YamlMappingNode job) => Text(job, "deployment") is not null;

    /// <summary>Environment name of a deployment job (`environment: name` or `environment: { name: … }`).</summary>
    public static string? Environment(YamlMappingNode job) => Child(job, "environment") switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlMappingNode mapping => Text(mapping, "name"),
        _ => null,
    };

    /// <summary>Steps of a job, or of every phase of a deployment job's strategy.</summary>
    public static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job)
    {
        foreach (var step in Items(job, "steps"))
        {
            yield return step;
        }

        if (Child(job, "strategy") is not YamlMappingNode strategy)
        {
            yield break;
        }

        foreach (var (_, kind) in strategy.Children)
        {
            if (kind is not YamlMappingNode phases)
            {
                continue;
            }

            foreach (var (_, phase) in phases.Children)
            {
                if (phase is YamlMappingNode phaseNode)
                {
                    foreach (var step in Items(phaseNode, "steps"))
                    {
                        yield return step;
                    }
                }
            }
        }
    }

    public static IEnumerable<YamlMappingNode> StageSteps(YamlMappingNode stage) => Jobs(stage).SelectMany(Steps);

    public static IEnumerable<YamlMappingNode> Tasks(YamlMappingNode stage, string task) =>
        StageSteps(stage).Where(s => Text(s, "task") == task);

    /// <summary>`dependsOn` as a list (absent, a scalar or a sequence).</summary>
    public static IReadOnlyList<string> DependsOn(YamlMappingNode node) => Child(node, "dependsOn") switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList(),
        _ => [],
    };

    /// <summary>
    /// A variable declared on a pipeline, stage or job, in either form: a `variables:` mapping, or a list of
    /// `- name: … value: …` entries (the form that can also hold `- group: …`).
    /// </summary>
    public static string? Variable(YamlMappingNode node, string name) => Child(node, "variables") switch
    {
        YamlMappingNode mapping => Text(mapping, name),
        YamlSequenceNode list => list.Children.OfType<YamlMappingNode>()
            .Where(entry => Text(entry, "name") == name)
            .Select(entry => Text(entry, "value"))
            .FirstOrDefault(),
        _ => null,
    };

    public static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static string? Text(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    public static string? Input(YamlMappingNode step, string key) =>
        Child(step, "inputs") is YamlMappingNode inputs ? Text(inputs, key) : null;

    public static IEnumerable<YamlMappingNode> Items(YamlMappingNode node, string key) =>
        (Child(node, key) as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [];

    /// <summary>Every scalar value in the document (keys excluded).</summary>
    public IEnumerable<string> AllScalarValues() => ScalarValues(Root);

    private static IEnumerable<string> ScalarValues(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar when scalar.Value is not null:
                yield return scalar.Value;
                break;
            case YamlSequenceNode sequence:
                foreach (var value in sequence.Children.SelectMany(ScalarValues))
                {
                    yield return value;
                }

                break;
            case YamlMappingNode mapping:
                foreach (var value in mapping.Children.Values.SelectMany(ScalarValues))
                {
                    yield return value;
                }

                break;
        }
    }
}
