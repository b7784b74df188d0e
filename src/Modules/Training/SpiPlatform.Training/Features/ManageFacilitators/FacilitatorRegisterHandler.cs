using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Features.ManageFacilitators;

/// <summary>
/// Keeps the register of trained ISP facilitators: the programme team adds, changes and removes entries; a signed-in
/// facilitator changes their own areas, languages and availability; a course completion qualifies someone.
/// </summary>
internal sealed class FacilitatorRegisterHandler(TrainingDbContext db, ISignatoriesApi signatories, TimeProvider clock)
{
    private static readonly Problem Duplicate = Problem.Conflict("A facilitator with this email address is already in the register.", "email");

    public async Task<Result<Facilitator>> RegisterAsync(RegisterFacilitatorInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!TrainingAccess.MayManage(user))
        {
            return Problem.Forbidden("Only the programme team may add facilitators to the register.");
        }
        var problems = new List<Problem>();
        FacilitatorRules.CheckName(input.Name, problems);
        FacilitatorRules.CheckEmail(input.Email, problems);
        FacilitatorRules.CheckAreas(input.Areas, problems);
        FacilitatorRules.CheckNote(input.AvailabilityNote, problems);
        FacilitatorRules.CheckQualifiedOn(input.QualifiedOn, clock.TodayInWales(), problems);
        await CheckOrganisationAsync(input.OrganisationId, problems, ct);
        if (problems.Count > 0)
        {
            return Result<Facilitator>.Fail(problems);
        }
        var email = FacilitatorRules.NormaliseEmail(input.Email);
        if (await db.Facilitators.AnyAsync(f => f.Email == email, ct))
        {
            return Duplicate;
        }
        var now = clock.GetUtcNow();
        var facilitator = new Facilitator
        {
            Id = Guid.NewGuid(), Name = input.Name.Trim(), Email = email, Phone = FacilitatorRules.Trimmed(input.Phone),
            OrganisationId = input.OrganisationId, Areas = [.. input.Areas.Distinct().Order()], Languages = input.Languages,
            Availability = input.Availability, AvailabilityNote = FacilitatorRules.Trimmed(input.AvailabilityNote),
            QualifiedOn = input.QualifiedOn, CreatedAt = now, UpdatedAt = now, UpdatedBy = Actor.From(user).Id,
        };
        db.Facilitators.Add(facilitator);
        return await SaveAsync(facilitator, ct);
    }

    public async Task<Result<Facilitator>> UpdateAsync(UpdateFacilitatorInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.Facilitators.FirstOrDefaultAsync(f => f.Id == input.Id, ct) is not { } facilitator)
        {
            return Problem.NotFound("There is no such facilitator in the register.");
        }
        var manager = TrainingAccess.MayManage(user);
        if (!manager && TrainingAccess.StaffEmail(user)?.ToLowerInvariant() != facilitator.Email)
        {
            return Problem.Forbidden("You may change only your own entry in the facilitator register.");
        }
        if (!manager && input.ChangesProgrammeTeamValues)
        {
            return Problem.Forbidden("Only the programme team may change a facilitator's name, contact details, organisation or qualification date.");
        }
        var problems = new List<Problem>();
        if (input.Name is not null)
        {
            FacilitatorRules.CheckName(input.Name, problems);
        }
        if (input.Email is not null)
        {
            FacilitatorRules.CheckEmail(input.Email, problems);
        }
        if (input.Areas is not null)
        {
            FacilitatorRules.CheckAreas(input.Areas, problems);
        }
        FacilitatorRules.CheckNote(input.AvailabilityNote, problems);
        if (input.QualifiedOn is { } on)
        {
            FacilitatorRules.CheckQualifiedOn(on, clock.TodayInWales(), problems);
        }
        if (input.OrganisationId is { } org)
        {
            await CheckOrganisationAsync(org, problems, ct);
        }
        if (problems.Count > 0)
        {
            return Result<Facilitator>.Fail(problems);
        }
        if (input.Email is not null)
        {
            var email = FacilitatorRules.NormaliseEmail(input.Email);
            if (email != facilitator.Email && await db.Facilitators.AnyAsync(f => f.Email == email, ct))
            {
                return Duplicate;
            }
            facilitator.Email = email;
        }
        if (input.Name is not null)
        {
            facilitator.Name = input.Name.Trim();
        }
        if (input.Phone is not null)
        {
            facilitator.Phone = FacilitatorRules.Trimmed(input.Phone);
        }
        if (input.OrganisationId is { } organisation)
        {
            facilitator.OrganisationId = organisation;
        }
        if (input.QualifiedOn is { } qualified)
        {
            facilitator.QualifiedOn = qualified;
        }
        if (input.Areas is not null)
        {
            facilitator.Areas = [.. input.Areas.Distinct().Order()];
        }
        if (input.Languages is { } languages)
        {
            facilitator.Languages = languages;
        }
        if (input.Availability is { } availability)
        {
            facilitator.Availability = availability;
            facilitator.AvailabilityNote = FacilitatorRules.Trimmed(input.AvailabilityNote);
        }
        else if (input.AvailabilityNote is not null)
        {
            facilitator.AvailabilityNote = FacilitatorRules.Trimmed(input.AvailabilityNote);
        }
        facilitator.UpdatedAt = clock.GetUtcNow();
        facilitator.UpdatedBy = Actor.From(user).Id;
        return await SaveAsync(facilitator, ct);
    }

    public async Task<Result<Facilitator>> RemoveAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!TrainingAccess.MayManage(user))
        {
            return Problem.Forbidden("Only the programme team may remove facilitators from the register.");
        }
        if (await db.Facilitators.FirstOrDefaultAsync(f => f.Id == id, ct) is not { } facilitator)
        {
            return Problem.NotFound("There is no such facilitator in the register.");
        }
        db.Facilitators.Remove(facilitator);
        await db.SaveChangesAsync(ct);
        return facilitator;
    }

    /// <summary>
    /// Someone completed the ISP facilitator course: put them in the register (areas from their organisation, English,
    /// available), or, when they are there already, move their qualification date on. Idempotent per email.
    /// </summary>
    public async Task<Result<Facilitator>> QualifyAsync(string email, string name, Guid organisationId, DateOnly completedOn, CancellationToken ct)
    {
        var problems = new List<Problem>();
        FacilitatorRules.CheckEmail(email, problems);
        FacilitatorRules.CheckName(name, problems);
        var organisation = (await signatories.FindAsync([organisationId], ct)).GetValueOrDefault(organisationId);
        if (organisation is null)
        {
            problems.Add(Problem.Invalid("organisationId", "There is no such organisation in the register."));
        }
        if (problems.Count > 0)
        {
            return Result<Facilitator>.Fail(problems);
        }
        var normalised = FacilitatorRules.NormaliseEmail(email);
        var now = clock.GetUtcNow();
        if (await db.Facilitators.FirstOrDefaultAsync(f => f.Email == normalised, ct) is { } existing)
        {
            if (completedOn > existing.QualifiedOn)
            {
                existing.QualifiedOn = completedOn;
                existing.UpdatedAt = now;
                existing.UpdatedBy = "system:course-completion";
                await db.SaveChangesAsync(ct);
            }
            return existing;
        }
        var areas = organisation!.Areas.Where(Facilitator.IsWelshArea).Distinct().Order().ToList();
        var facilitator = new Facilitator
        {
            Id = Guid.NewGuid(), Name = name.Trim(), Email = normalised, OrganisationId = organisationId,
            Areas = areas.Count > 0 ? areas : [ServiceArea.AllWales], Languages = FacilitatorLanguage.English,
            Availability = FacilitatorAvailability.Available, QualifiedOn = completedOn, FromCourseCompletion = true,
            CreatedAt = now, UpdatedAt = now, UpdatedBy = "system:course-completion",
        };
        db.Facilitators.Add(facilitator);
        var saved = await SaveAsync(facilitator, ct);
        // Two completions for one person racing: the loser finds the winner's entry.
        return saved.Succeeded ? saved : await db.Facilitators.AsNoTracking().FirstAsync(f => f.Email == normalised, ct);
    }

    private async Task CheckOrganisationAsync(Guid organisationId, List<Problem> problems, CancellationToken ct)
    {
        if (!(await signatories.FindAsync([organisationId], ct)).ContainsKey(organisationId))
        {
            problems.Add(Problem.Invalid("organisationId", "There is no such organisation in the register."));
        }
    }

    private async Task<Result<Facilitator>> SaveAsync(Facilitator facilitator, CancellationToken ct)
    {
        var problem = await db.TrySaveAsync(Problem.Conflict("Someone else changed this entry; reload it and try again."), _ => Duplicate, ct);
        return problem is null ? facilitator : problem;
    }
}
