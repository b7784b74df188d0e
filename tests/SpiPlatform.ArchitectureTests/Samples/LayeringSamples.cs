// Types for the tests of TypeDependencies and LayerRules: a Domain type of a pretend module that uses its Features.
namespace SpiPlatform.Sample.Features
{
    internal sealed record SampleInput(string Name);
}

namespace SpiPlatform.Sample.Domain
{
    using SpiPlatform.Sample.Features;

    internal static class UsesFeaturesInASignature
    {
        public static bool Check(SampleInput input) => input.Name.Length > 0;
    }

    internal static class UsesFeaturesInABody
    {
        public static int Count(object value) => value is SampleInput ? 1 : 0;
    }

    internal static class UsesFeaturesInALambda
    {
        public static Func<string, object> Make() => name => new SampleInput(name);
    }

    internal sealed class UsesNothingOfFeatures
    {
        public System.Text.StringBuilder Text { get; } = new();
    }
}
