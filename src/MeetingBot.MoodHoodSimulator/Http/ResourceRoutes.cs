using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.MoodHoodSimulator.Http;

/// <summary>
/// Maps the methods of one path and a catcher that answers every other method with 405, <c>Allow</c> and the
/// API's error body, which plain endpoint routing would answer with an empty body.
/// </summary>
internal sealed class ResourceRoutes(IEndpointRouteBuilder group, string pattern)
{
    private static readonly string[] KnownMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    private readonly List<(string[] Methods, SimulatorOperation Operation, Delegate Handler)> _routes = [];

    public ResourceRoutes Get(SimulatorOperation operation, Delegate handler) => On(["GET"], operation, handler);

    /// <summary>GET and HEAD by one handler, which tells them apart (a HEAD must not spend a link).</summary>
    public ResourceRoutes GetAndHead(SimulatorOperation operation, Delegate handler) => On(["GET", "HEAD"], operation, handler);

    public ResourceRoutes Post(SimulatorOperation operation, Delegate handler) => On(["POST"], operation, handler);

    public ResourceRoutes Put(SimulatorOperation operation, Delegate handler) => On(["PUT"], operation, handler);

    public ResourceRoutes Delete(SimulatorOperation operation, Delegate handler) => On(["DELETE"], operation, handler);

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public void Map()
    {
        var allowed = new ResourceMethods(_routes.SelectMany(route => route.Methods).ToArray());
        foreach (var (methods, operation, handler) in _routes)
        {
            group.MapMethods(pattern, methods, handler).WithMetadata(operation, allowed);
        }

        var others = KnownMethods.Except(allowed.Methods).ToArray();
        group.MapMethods(pattern, others, (HttpContext context) => HttpResults.MethodNotAllowed(context, allowed.Methods))
            .WithMetadata(new SimulatorOperation(MoodHoodOperations.MethodNotAllowed), allowed);
    }

    private ResourceRoutes On(string[] methods, SimulatorOperation operation, Delegate handler)
    {
        _routes.Add((methods, operation, handler));
        return this;
    }
}
