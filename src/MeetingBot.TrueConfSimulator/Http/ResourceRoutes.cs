using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.TrueConfSimulator.Http;

/// <summary>
/// Maps the methods of one path and a catcher that answers every other method with 405 and <c>Allow</c>
/// (reference §11.11), which plain endpoint routing would answer with an empty body.
/// </summary>
internal sealed class ResourceRoutes(IEndpointRouteBuilder group, string pattern)
{
    private static readonly string[] KnownMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    private readonly List<(MethodBinding Binding, SimulatorOperation Operation, Delegate Handler)> _routes = [];

    public ResourceRoutes Get(SimulatorOperation operation, Delegate handler, ApiVersions versions = ApiVersions.All) =>
        On("GET", operation, handler, versions);

    public ResourceRoutes Post(SimulatorOperation operation, Delegate handler, ApiVersions versions = ApiVersions.All) =>
        On("POST", operation, handler, versions);

    public ResourceRoutes Put(SimulatorOperation operation, Delegate handler, ApiVersions versions = ApiVersions.All) =>
        On("PUT", operation, handler, versions);

    public ResourceRoutes Patch(SimulatorOperation operation, Delegate handler, ApiVersions versions = ApiVersions.All) =>
        On("PATCH", operation, handler, versions);

    public ResourceRoutes Delete(SimulatorOperation operation, Delegate handler, ApiVersions versions = ApiVersions.All) =>
        On("DELETE", operation, handler, versions);

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public void Map()
    {
        var methods = new ResourceMethods(_routes.Select(route => route.Binding).ToArray());
        foreach (var (binding, operation, handler) in _routes)
        {
            group.MapMethods(pattern, [binding.Method], handler).WithMetadata(operation, binding, methods);
        }

        var others = KnownMethods.Except(_routes.Select(route => route.Binding.Method)).ToArray();
        group.MapMethods(pattern, others, (HttpContext context) =>
                HttpResults.MethodNotAllowed(context, methods.AllowedIn(ApiVersion.Of(context))))
            .WithMetadata(new SimulatorOperation(SimulatorOperations.MethodNotAllowed), methods);
    }

    private ResourceRoutes On(string method, SimulatorOperation operation, Delegate handler, ApiVersions versions)
    {
        _routes.Add((new MethodBinding(method, versions), operation, handler));
        return this;
    }
}
