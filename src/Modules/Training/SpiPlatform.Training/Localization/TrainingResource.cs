namespace SpiPlatform.Training.Localization;

/// <summary>Marker for the module's strings: English text is the key; Resources/Localization.TrainingResource.cy.resx holds the Welsh.</summary>
internal sealed class TrainingResource;
