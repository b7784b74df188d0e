namespace SpiPlatform.ArchitectureTests;

public sealed class LayerRulesTests
{
    [Fact]
    public void Domain_does_not_use_Features()
    {
        var types = PlatformAssemblies.Modules().SelectMany(m => TypeDependencies.Read(m.Location)).ToList();

        Assert.Contains(types, t => t.Type.Contains(".Domain.", StringComparison.Ordinal));
        Violations.None("Domain does not use Features", LayerRules.DomainUsingFeatures(types));
    }

    [Fact]
    public void A_domain_type_using_a_feature_type_is_a_violation()
        => Assert.Equal(
            ["SpiPlatform.Signatories.Domain.OrganisationRules uses SpiPlatform.Signatories.Features.Shared.OrganisationDetails"],
            LayerRules.DomainUsingFeatures(
            [
                new("SpiPlatform.Signatories.Domain.OrganisationRules", ["System.String", "SpiPlatform.Signatories.Features.Shared.OrganisationDetails", "SpiPlatform.Signatories.Domain.Organisation"]),
            ]));

    [Fact]
    public void Features_may_use_Domain_and_Domain_may_use_another_modules_contracts()
        => Assert.Empty(LayerRules.DomainUsingFeatures(
        [
            new("SpiPlatform.Signatories.Features.SignAccord.SignAccordHandler", ["SpiPlatform.Signatories.Domain.Organisation"]),
            new("SpiPlatform.Protocols.Domain.AgreementRules", ["SpiPlatform.Signatories.Contracts.OrganisationSummary", "SpiPlatform.Protocols.Domain.Agreement"]),
            new("SpiPlatform.Protocols.Domain.Agreement", ["SpiPlatform.Signatories.Features.Shared.OrganisationDetails"]),
        ]));

    [Fact]
    public void The_rule_finds_the_samples_domain_using_its_features_in_compiled_code()
    {
        var violations = LayerRules.DomainUsingFeatures(TypeDependencies.Read(typeof(LayerRulesTests).Assembly.Location));

        Assert.Equal(3, violations.Count);
        Assert.All(violations, v => Assert.EndsWith("uses SpiPlatform.Sample.Features.SampleInput", v, StringComparison.Ordinal));
    }
}
