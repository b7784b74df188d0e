namespace SpiPlatform.Notifications.Localization;

/// <summary>Marker for the module's strings: English text is the key; Resources/Localization.NotificationsResource.cy.resx holds the Welsh.</summary>
internal sealed class NotificationsResource;
