using System.Diagnostics;

namespace SpiPlatform.Bench;

/// <summary>Counts rows written and prints how far along and how fast, about every two seconds.</summary>
internal sealed class Progress(string what, long total, TextWriter output)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _done;
    private long _lastReport;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Advance(long rows = 1)
    {
        _done += rows;
        var now = _clock.ElapsedMilliseconds;
        if (now - _lastReport >= 2000)
        {
            _lastReport = now;
            Report();
        }
    }

    public void Finish() => Report();

    private void Report()
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        output.WriteLine($"  {what}: {_done:N0}/{total:N0} ({100.0 * _done / Math.Max(total, 1):F0}%), {_done / seconds:N0} rows/s, {seconds:F1} s");
    }
}
