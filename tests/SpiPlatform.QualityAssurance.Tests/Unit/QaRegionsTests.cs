using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.QualityAssurance.Tests.Unit;

public sealed class QaRegionsTests
{
    private static readonly List<QaGroup> Groups = [.. QaGroups.Create()];

    [Theory]
    [InlineData(QaGroups.SouthEastWales, new[] { ServiceArea.Torfaen })]
    [InlineData(QaGroups.SouthEastWales, new[] { ServiceArea.BlaenauGwent, ServiceArea.Caerphilly, ServiceArea.Monmouthshire, ServiceArea.Newport, ServiceArea.Torfaen })]
    [InlineData(QaGroups.NorthWales, new[] { ServiceArea.Conwy, ServiceArea.Denbighshire })]
    [InlineData(QaGroups.MidAndWestWales, new[] { ServiceArea.Powys })]
    [InlineData(QaGroups.SouthCentralWales, new[] { ServiceArea.Cardiff, ServiceArea.ValeOfGlamorgan })]
    [InlineData(QaGroups.National, new[] { ServiceArea.AllWales })]
    [InlineData(QaGroups.National, new[] { ServiceArea.OutsideWales })]
    [InlineData(QaGroups.National, new[] { ServiceArea.Cardiff, ServiceArea.Torfaen })]
    [InlineData(QaGroups.National, new ServiceArea[0])]
    public void The_group_is_the_one_region_covering_every_area_of_the_coordinator_else_the_national_team(string expected, ServiceArea[] areas)
        => Assert.Equal(expected, QaRegions.GroupFor(areas, Groups).Code);

    [Fact]
    public void Each_of_the_22_principal_areas_is_in_exactly_one_regional_group()
    {
        var principal = Enum.GetValues<ServiceArea>().Except([ServiceArea.AllWales, ServiceArea.OutsideWales]).ToList();
        Assert.Equal(22, principal.Count);
        Assert.All(principal, area => Assert.Single(Groups, g => g.Areas.Contains(area)));
        Assert.Empty(Groups.Single(g => g.IsNational).Areas);
    }
}
