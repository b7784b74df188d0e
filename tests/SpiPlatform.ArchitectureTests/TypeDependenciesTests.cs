using SpiPlatform.Sample.Domain;

namespace SpiPlatform.ArchitectureTests;

public sealed class TypeDependenciesTests
{
    private static readonly IReadOnlyList<TypeUses> Samples = TypeDependencies.Read(typeof(TypeDependenciesTests).Assembly.Location);

    private static IReadOnlyCollection<string> UsesOf(Type type) => Samples.Single(t => t.Type == type.FullName).Uses;

    [Theory]
    [InlineData(typeof(UsesFeaturesInASignature))]
    [InlineData(typeof(UsesFeaturesInABody))]
    [InlineData(typeof(UsesFeaturesInALambda))]
    public void A_type_used_in_a_signature_a_body_or_a_lambda_is_a_dependency(Type sample)
        => Assert.Contains("SpiPlatform.Sample.Features.SampleInput", UsesOf(sample));

    [Fact]
    public void Property_types_are_dependencies()
        => Assert.Contains("System.Text.StringBuilder", UsesOf(typeof(UsesNothingOfFeatures)));

    [Fact]
    public void Nested_and_compiler_generated_types_are_read_as_part_of_their_outer_type()
        => Assert.DoesNotContain(Samples, t => t.Type.Contains('/', StringComparison.Ordinal));
}
