namespace SpiPlatform.Host.Localization;

/// <summary>Marker for the host's shared strings: English text is the key, Resources/Localization.SharedResource.cy.resx the Welsh.</summary>
internal sealed class SharedResource;
