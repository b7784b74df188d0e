namespace SpiPlatform.Signatories.Localization;

/// <summary>Marker for the module's strings: English text is the key; Resources/Localization.SignatoriesResource.cy.resx holds the Welsh.</summary>
internal sealed class SignatoriesResource;
