using System.ComponentModel.DataAnnotations;

namespace SpiPlatform.Host.GraphQL;

/// <summary>Limits on what one GraphQL request may ask of the server.</summary>
internal sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    [Range(2, 50)]
    public int MaxDepth { get; set; } = 16;

    [Range(10, 1_000_000)]
    public int MaxComplexity { get; set; } = 20_000;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
