using System.Collections;
using System.Collections.Concurrent;

namespace MeetingBot.TrueConfSimulator;

/// <summary>A thread-safe set of scope names.</summary>
public sealed class ScopeSet : IReadOnlyCollection<string>
{
    private readonly ConcurrentDictionary<string, byte> _scopes = new(StringComparer.Ordinal);

    public int Count => _scopes.Count;

    public void Add(string scope) => _scopes.TryAdd(scope, 0);

    public bool Remove(string scope) => _scopes.TryRemove(scope, out _);

    public bool Contains(string scope) => _scopes.ContainsKey(scope);

    public void Clear() => _scopes.Clear();

    public IEnumerator<string> GetEnumerator() => _scopes.Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
