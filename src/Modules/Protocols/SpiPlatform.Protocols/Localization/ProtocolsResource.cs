namespace SpiPlatform.Protocols.Localization;

/// <summary>Marker for the module's strings: English text is the key; Resources/Localization.ProtocolsResource.cy.resx holds the Welsh.</summary>
internal sealed class ProtocolsResource;
