namespace SpiPlatform.ArchitectureTests;

public sealed class ContractsRulesTests
{
    [Fact]
    public void Contracts_reference_neither_EF_Core_nor_Npgsql()
        => Violations.None("Contracts reference neither EF Core nor Npgsql", ContractsRules.DatabaseReferences(PlatformAssemblies.Contracts().Select(PlatformAssemblies.Node)));

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.EntityFrameworkCore.Relational")]
    [InlineData("Npgsql")]
    [InlineData("Npgsql.EntityFrameworkCore.PostgreSQL")]
    public void A_contracts_assembly_referencing_a_database_assembly_is_a_violation(string reference)
        => Assert.Equal(
            [$"SpiPlatform.Protocols.Contracts must not reference {reference}"],
            ContractsRules.DatabaseReferences([new("SpiPlatform.Protocols.Contracts", ["SpiPlatform.SharedKernel", reference])]));

    [Fact]
    public void Only_contracts_are_held_to_it()
        => Assert.Empty(ContractsRules.DatabaseReferences(
        [
            new("SpiPlatform.Protocols", ["Microsoft.EntityFrameworkCore", "Npgsql"]),
            new("SpiPlatform.Signatories.Contracts", ["SpiPlatform.SharedKernel", "System.Runtime", "NpgsqlFriendlyName"]),
        ]));
}
