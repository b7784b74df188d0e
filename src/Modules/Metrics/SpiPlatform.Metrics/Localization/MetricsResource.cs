namespace SpiPlatform.Metrics.Localization;

/// <summary>Marker for the module's strings: English text is the key; Resources/Localization.MetricsResource.cy.resx holds the Welsh.</summary>
internal sealed class MetricsResource;
