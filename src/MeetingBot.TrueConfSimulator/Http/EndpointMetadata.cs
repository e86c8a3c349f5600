namespace MeetingBot.TrueConfSimulator.Http;

/// <summary>Names an endpoint for the request log and says which permission it needs (null: no token; empty: any valid token).</summary>
internal sealed record SimulatorOperation(string Name, string? RequiredScope = null)
{
    public const string AnyToken = "";
}

/// <summary>The API versions one method of a resource exists in.</summary>
internal sealed record MethodBinding(string Method, ApiVersions Versions);

/// <summary>All methods of one path, for the <c>Allow</c> header.</summary>
internal sealed record ResourceMethods(IReadOnlyList<MethodBinding> Bindings)
{
    /// <param name="version">Null outside the API (pages).</param>
    public IReadOnlyList<string> AllowedIn(ApiVersion? version) =>
        Bindings
            .Where(binding => version is null || binding.Versions.HasFlag(version.Value.Flag))
            .Select(binding => binding.Method)
            .ToArray();
}

/// <summary>Where the simulator is mounted, to build its public links.</summary>
internal sealed record SimulatorMount(string Prefix);
