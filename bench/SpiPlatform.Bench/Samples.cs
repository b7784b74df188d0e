namespace SpiPlatform.Bench;

/// <summary>Latencies of one operation (milliseconds) and its errors; percentiles by nearest rank.</summary>
internal sealed class Samples
{
    private readonly List<double> _millis = [];

    public int Count => _millis.Count;

    public int Errors { get; private set; }

    public string? FirstError { get; private set; }

    public void Add(double millis) => _millis.Add(millis);

    public void Fail(string error)
    {
        Errors++;
        FirstError ??= error;
    }

    public double Percentile(double p)
    {
        if (_millis.Count == 0)
        {
            return double.NaN;
        }
        var sorted = _millis.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
