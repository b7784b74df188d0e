namespace SpiPlatform.Training.Contracts;

/// <summary>The language(s) a facilitator can run ISP development sessions in.</summary>
public enum FacilitatorLanguage
{
    /// <summary>English only.</summary>
    English,
    /// <summary>Welsh only.</summary>
    Welsh,
    /// <summary>Welsh and English.</summary>
    Both,
}

/// <summary>Whether a facilitator can take on another partnership's ISP now.</summary>
public enum FacilitatorAvailability
{
    /// <summary>Can take on another ISP.</summary>
    Available,
    /// <summary>Some capacity, with conditions (see the note).</summary>
    Limited,
    /// <summary>Not taking on work at present.</summary>
    NotAvailable,
}
