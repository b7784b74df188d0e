using SpiPlatform.Notifications.Domain;

namespace SpiPlatform.Notifications.Tests.Unit;

public sealed class ConsentReviewIntervalTests
{
    [Theory]
    [InlineData("Annually, at the multi-agency panel meeting", 12)]
    [InlineData("Reviewed yearly by the lead practitioner", 12)]
    [InlineData("every six months", 6)]
    [InlineData("Six-monthly", 6)]
    [InlineData("Every 2 years", 24)]
    [InlineData("each 18 months, or sooner if circumstances change", 18)]
    [InlineData("Quarterly", 3)]
    [InlineData("Yn flynyddol, yng nghyfarfod y panel", 12)]
    [InlineData("Bob chwe mis", 6)]
    public void Words_that_name_a_period_give_its_months(string words, int months)
        => Assert.Equal(months, ConsentReviewInterval.MonthsIn(words));

    [Theory]
    [InlineData("At each care-plan review")]
    [InlineData("When the family's circumstances change")]
    [InlineData("")]
    [InlineData(null)]
    public void Words_that_name_no_fixed_period_give_none(string? words)
        => Assert.Null(ConsentReviewInterval.MonthsIn(words));
}
