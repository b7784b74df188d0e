using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Protocols.Features.ManageThesaurus;

internal sealed record SynonymInput(string? Concept, string? Term);

internal sealed record StartConceptInput(string? Concept, IReadOnlyList<string?>? Terms);

internal sealed record RemoveConceptInput(string? Concept);

/// <summary>
/// The programme team keeps the library's thesaurus without a release: adds a term to a concept, starts a concept with
/// its first terms, removes a term or a whole concept. A concept needs two terms to mean anything, and a term belongs
/// to one concept (the search could not tell which to use). Every edit takes one lock on the thesaurus, so two editors
/// never both act on what they each read; a unique index refuses a twin term even without it.
/// </summary>
internal sealed class ManageThesaurusHandler(ProtocolsDbContext db)
{
    public async Task<Result<ThesaurusConcept>> AddTermAsync(SynonymInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!MayManage(user))
        {
            return Forbidden;
        }
        var problems = new List<Problem>();
        var concept = ConceptOf(input.Concept, problems);
        var term = SynonymText.Clean(input.Term);
        if (!SynonymText.IsWellFormed(term))
        {
            problems.Add(BadTerm);
        }
        if (problems.Count > 0)
        {
            return Result<ThesaurusConcept>.Fail(problems);
        }
        await using var transaction = await LockAsync(ct);
        var rows = await db.Synonyms.ToListAsync(ct);
        if (!rows.Any(r => r.Concept == concept))
        {
            return Problem.Describe(ErrorCodes.ValidationFailed, "concept", "There is no concept {0} in the thesaurus: start it with at least two terms.", concept);
        }
        if (TwinOf(rows, term) is { } twin)
        {
            return twin.Concept == concept
                ? Problem.Describe(ErrorCodes.ValidationFailed, "term", "“{0}” is already a term of {1}.", twin.Term, concept)
                : InOtherConcept("term", twin);
        }
        db.Synonyms.Add(new SearchSynonym { Concept = concept, Term = term });
        return await SaveAsync(transaction, concept, AddedMeanwhile("term", term, concept), ct);
    }

    public async Task<Result<ThesaurusConcept>> StartConceptAsync(StartConceptInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!MayManage(user))
        {
            return Forbidden;
        }
        var problems = new List<Problem>();
        var concept = ConceptOf(input.Concept, problems);
        var terms = (input.Terms ?? []).Select(SynonymText.Clean).Where(t => t.Length > 0).ToList();
        if (terms.FirstOrDefault(t => !SynonymText.IsWellFormed(t)) is { } bad)
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "terms", "“{0}” is not a term: use 2 to 60 letters, spaces, apostrophes or hyphens.", bad));
        }
        else if (terms.GroupBy(SynonymText.Key).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "terms", "“{0}” is given twice.", twice.ElementAt(1)));
        }
        else if (terms.Count < 2)
        {
            problems.Add(Problem.Invalid("terms", "Give the concept at least two terms: words that mean the same thing, in English or Welsh."));
        }
        if (problems.Count > 0)
        {
            return Result<ThesaurusConcept>.Fail(problems);
        }
        await using var transaction = await LockAsync(ct);
        var rows = await db.Synonyms.ToListAsync(ct);
        if (rows.Any(r => r.Concept == concept))
        {
            return Problem.Describe(ErrorCodes.ValidationFailed, "concept", "There is already a concept {0}: add terms to it instead.", concept);
        }
        if (terms.Select(t => TwinOf(rows, t)).FirstOrDefault(t => t is not null) is { } twin)
        {
            return InOtherConcept("terms", twin);
        }
        db.Synonyms.AddRange(terms.Select(t => new SearchSynonym { Concept = concept, Term = t }));
        return await SaveAsync(transaction, concept, AddedMeanwhile("terms", terms[0], concept), ct);
    }

    public async Task<Result<ThesaurusConcept>> RemoveTermAsync(SynonymInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!MayManage(user))
        {
            return Forbidden;
        }
        var concept = SynonymText.ConceptName(SynonymText.Clean(input.Concept));
        var key = SynonymText.Key(SynonymText.Clean(input.Term));
        await using var transaction = await LockAsync(ct);
        var rows = await db.Synonyms.Where(s => s.Concept == concept).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return NoSuchConcept(concept);
        }
        if (rows.FirstOrDefault(r => SynonymText.Key(r.Term) == key) is not { } row)
        {
            return Problem.Describe(ErrorCodes.NotFound, "term", "“{0}” is not a term of {1}: someone may have removed it already.", SynonymText.Clean(input.Term), concept);
        }
        if (rows.Count <= 2)
        {
            return Problem.Describe(ErrorCodes.Conflict, "term",
                "Removing “{0}” would leave {1} with one term, and a concept needs at least two to mean anything. Add another term first, or remove the whole concept.", row.Term, concept);
        }
        db.Synonyms.Remove(row);
        return await SaveAsync(transaction, concept, Problem.Describe(ErrorCodes.Conflict, "term", "Someone else changed {0} at the same time. Reload the thesaurus and try again.", concept), ct);
    }

    public async Task<Result<ThesaurusConcept>> RemoveConceptAsync(RemoveConceptInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!MayManage(user))
        {
            return Forbidden;
        }
        var concept = SynonymText.ConceptName(SynonymText.Clean(input.Concept));
        await using var transaction = await LockAsync(ct);
        var rows = await db.Synonyms.Where(s => s.Concept == concept).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return NoSuchConcept(concept);
        }
        db.Synonyms.RemoveRange(rows);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ThesaurusConcept(concept, [.. rows.Select(r => r.Term).Order(StringComparer.CurrentCultureIgnoreCase)]);
    }

    public static bool MayManage(ClaimsPrincipal user) => user.IsInRole(SpiRoles.ProgrammeTeam);

    private static Problem Forbidden => Problem.Forbidden("Only the programme team may change the thesaurus.");

    private static Problem BadTerm => Problem.Invalid("term", "Enter a term of 2 to 60 letters, spaces, apostrophes or hyphens, such as Dechrau'n Deg.");

    private static string ConceptOf(string? name, List<Problem> problems)
    {
        var clean = SynonymText.Clean(name);
        if (!SynonymText.IsWellFormed(clean))
        {
            problems.Add(Problem.Invalid("concept", "Enter the concept's name: 2 to 60 letters, spaces or hyphens, such as early years."));
        }
        return SynonymText.ConceptName(clean);
    }

    private static SearchSynonym? TwinOf(IEnumerable<SearchSynonym> rows, string term)
        => rows.FirstOrDefault(r => SynonymText.Key(r.Term) == SynonymText.Key(term));

    private static Problem InOtherConcept(string field, SearchSynonym twin)
        => Problem.Describe(ErrorCodes.ValidationFailed, field, "“{0}” is already a term of {1}: a term belongs to one concept, or the search could not tell which to use.", twin.Term, twin.Concept);

    private static Problem NoSuchConcept(string concept)
        => Problem.Describe(ErrorCodes.NotFound, "concept", "There is no concept {0} in the thesaurus: someone may have removed it already.", concept);

    /// <summary>One edit of the thesaurus at a time: a transaction holding an advisory lock until it ends.</summary>
    private async Task<IDbContextTransaction> LockAsync(CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('protocols.search_synonyms'))", ct);
        return transaction;
    }

    private static Problem AddedMeanwhile(string field, string term, string concept)
        => Problem.Describe(ErrorCodes.Conflict, field, "“{0}” was added to {1} at the same time by someone else. Reload the thesaurus and try again.", term, concept);

    private async Task<Result<ThesaurusConcept>> SaveAsync(IDbContextTransaction transaction, string concept, Problem clash, CancellationToken ct)
    {
        if (await db.TrySaveAsync(clash, _ => clash, ct) is { } problem)
        {
            return problem;
        }
        await transaction.CommitAsync(ct);
        return (await ThesaurusConcept.ReadAsync(db, ct)).Single(c => c.Name == concept);
    }
}
