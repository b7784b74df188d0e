using System.ComponentModel.DataAnnotations;

namespace SpiPlatform.Host.Jobs;

internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Background workers; two suit the two-core machines the platform runs on.</summary>
    [Range(1, 20)]
    public int WorkerCount { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);
}
