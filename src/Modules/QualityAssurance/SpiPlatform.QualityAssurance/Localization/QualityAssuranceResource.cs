namespace SpiPlatform.QualityAssurance.Localization;

/// <summary>Marker for the module's strings: English text is the key; Resources/Localization.QualityAssuranceResource.cy.resx holds the Welsh.</summary>
internal sealed class QualityAssuranceResource;
