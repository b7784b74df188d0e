using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using Effort = SpiPlatform.Metrics.Domain.DevelopmentEffortRecord;

namespace SpiPlatform.Metrics.Features.DevelopmentEffort;

/// <summary>What the programme team records of an agreement's development effort.</summary>
internal sealed record RecordDevelopmentEffortInput(
    Guid AgreementId, int? Practitioners, decimal? HoursPerPractitioner, int? PeriodMonthsLow, int? PeriodMonthsHigh, string? PeriodEnded, string? Source);

/// <summary>
/// Records (or replaces) the evaluation's figure for the effort an agreement's development took. Only the programme
/// team may: evaluators read the figures, they do not set them. What the source does not give is left out, not guessed.
/// </summary>
internal sealed class RecordDevelopmentEffortHandler(MetricsDbContext db, IProtocolsApi protocols, TimeProvider clock)
{
    public const decimal MaxHours = 10_000;
    public const int MaxPractitioners = 1_000;

    public static bool MayRecord(ClaimsPrincipal user) => user.IsInRole(SpiRoles.ProgrammeTeam);

    public async Task<Result<EffortFigure>> RecordAsync(RecordDevelopmentEffortInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!MayRecord(user))
        {
            return Problem.Forbidden("Only the programme team may record development effort.");
        }
        var problems = new List<Problem>();
        if (input.Practitioners is < 1 or > MaxPractitioners)
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "practitioners", "Give the number of practitioners as a whole number from 1 to {0}, or leave it out if the source does not say.", MaxPractitioners));
        }
        if (input.HoursPerPractitioner is { } hours && (hours <= 0 || hours > MaxHours || decimal.Round(hours, 1) != hours))
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "hoursPerPractitioner", "Give the hours each practitioner gave as more than 0 and at most {0} (one decimal place), or leave it out if the source gives none.", MaxHours));
        }
        if (input.PeriodMonthsLow is < 1 or > 120)
        {
            problems.Add(Problem.Invalid("periodMonthsLow", "Give the period's length in months from 1 to 120."));
        }
        if (input.PeriodMonthsHigh is < 1 or > 120 || (input.PeriodMonthsHigh is { } high && input.PeriodMonthsLow is { } low && high < low))
        {
            problems.Add(Problem.Invalid("periodMonthsHigh", "Give the period's longest length in months, from 1 to 120 and not less than the shortest."));
        }
        var current = Month.Of(clock.TodayInWales());
        Month? ended = null;
        if (!DateOnly.TryParseExact(input.PeriodEnded ?? "", "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var endedOn))
        {
            problems.Add(Problem.Invalid("periodEnded", "Give the month the effort was counted up to as YYYY-MM, e.g. 2012-03."));
        }
        else if (Month.Of(endedOn) > current)
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "periodEnded", "The month {0} is in the future: the latest is {1}.", Month.Of(endedOn).ToString(), current.ToString()));
        }
        else
        {
            ended = Month.Of(endedOn);
        }
        var source = input.Source?.Trim() ?? "";
        if (source.Length is 0 or > Effort.SourceMaxLength)
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "source", "Say where the figure comes from (at most {0} characters).", Effort.SourceMaxLength));
        }
        if (input.Practitioners is null && input.HoursPerPractitioner is null)
        {
            problems.Add(Problem.Invalid("hoursPerPractitioner", "Give the hours each practitioner gave, the number of practitioners, or both."));
        }
        var agreement = (await protocols.ListFactsAsync([input.AgreementId], ct)).SingleOrDefault();
        if (agreement is null)
        {
            problems.Add(Problem.Invalid("agreementId", "There is no agreement with this id."));
        }
        if (problems.Count > 0)
        {
            return Result<EffortFigure>.Fail(problems);
        }
        var record = await db.DevelopmentEffort.SingleOrDefaultAsync(e => e.AgreementId == input.AgreementId, ct);
        if (record is null)
        {
            record = new Effort { AgreementId = input.AgreementId };
            db.DevelopmentEffort.Add(record);
        }
        record.Practitioners = input.Practitioners;
        record.HoursPerPractitioner = input.HoursPerPractitioner;
        record.PeriodMonthsLow = input.PeriodMonthsLow;
        record.PeriodMonthsHigh = input.PeriodMonthsHigh ?? input.PeriodMonthsLow;
        record.PeriodEnded = ended!.Value.First;
        record.Source = source;
        record.RecordedBy = Actor.From(user).Id;
        record.RecordedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new EffortFigure(record, agreement!.Reference, agreement.ServiceArea);
    }
}
