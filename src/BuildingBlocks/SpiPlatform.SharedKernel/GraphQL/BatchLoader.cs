using GraphQL.DataLoader;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>
/// Collects the keys a request asks for and fetches them together the first time any result is awaited, so a list
/// of N items costs one query, not N. GraphQL.NET defers <see cref="IDataLoaderResult"/> values until a whole level
/// is resolved. Keep one instance per request (register as scoped); queries run serially, so no locking is needed.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue?> _loaded = [];
    private readonly HashSet<TKey> _pending = [];

    /// <summary>Queues a key; its value arrives with the next batch.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }
        return new Pending(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        if (!_loaded.ContainsKey(key) && _pending.Count > 0)
        {
            var batch = _pending.ToList();
            _pending.Clear();
            var found = await fetch(batch, ct);
            foreach (var k in batch)
            {
                _loaded[k] = found.TryGetValue(k, out var value) ? value : default;
            }
        }
        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>Shapes a batched value when it arrives (GraphQL.NET's own <c>Then</c> lives in a package our mirror lacks).</summary>
public static class DataLoaderResults
{
    /// <summary>A result that is <paramref name="map"/> applied to <paramref name="source"/>'s value.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) => new Mapped<T, TResult>(source, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
