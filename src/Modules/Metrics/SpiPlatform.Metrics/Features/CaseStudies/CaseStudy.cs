namespace SpiPlatform.Metrics.Features.CaseStudies;

/// <summary>Text kept in English and, where the content exists, Welsh.</summary>
internal sealed class CaseStudyText
{
    public string En { get; init; } = "";
    public string? Cy { get; init; }

    public static implicit operator CaseStudyText(string english) => new() { En = english };

    public CaseStudyText Cymraeg(string welsh) => new() { En = En, Cy = welsh };

    /// <summary>A copy, so that no two entities share one instance.</summary>
    public CaseStudyText Copy() => new() { En = En, Cy = Cy };
}

/// <summary>
/// An evaluation case study: how one partnership developed and uses its agreement, in the evaluators' words, linked to
/// the agreement so a page can show its live figures beside the narrative. Narrative sections hold paragraphs separated
/// by a blank line.
/// </summary>
internal sealed class CaseStudy
{
    public Guid Id { get; init; }
    public required string Slug { get; init; }
    /// <summary>Where it comes in the list (the source document's order).</summary>
    public int Position { get; set; }
    public Guid AgreementId { get; set; }
    public required string AgreementReference { get; set; }
    public required CaseStudyText Title { get; set; }
    public required CaseStudyText Area { get; set; }
    public required CaseStudyText Summary { get; set; }
    public required CaseStudyText Background { get; set; }
    public required CaseStudyText HowInformationIsShared { get; set; }
    public required CaseStudyText HowTheIspWasDeveloped { get; set; }
    public required CaseStudyText Benefits { get; set; }
    public List<CaseStudyPartner> Partners { get; init; } = [];
    public List<CaseStudyKeyMessage> KeyMessages { get; init; } = [];
    public List<CaseStudyQuote> Quotes { get; init; } = [];
}

/// <summary>A partner as the case study names it (a group such as "GP practices (8)" is one entry).</summary>
internal sealed class CaseStudyPartner
{
    public Guid CaseStudyId { get; init; }
    public int Position { get; init; }
    public required CaseStudyText Name { get; init; }
}

/// <summary>One of the case study's key messages.</summary>
internal sealed class CaseStudyKeyMessage
{
    public Guid CaseStudyId { get; init; }
    public int Position { get; init; }
    public required CaseStudyText Message { get; init; }
}

/// <summary>A consultee's words, attributed by role only: the source document names no one.</summary>
internal sealed class CaseStudyQuote
{
    public Guid CaseStudyId { get; init; }
    public int Position { get; init; }
    public required CaseStudyText Words { get; init; }
    public required CaseStudyText AttributedTo { get; init; }
}
