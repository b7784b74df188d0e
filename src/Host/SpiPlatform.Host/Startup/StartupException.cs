namespace SpiPlatform.Host.Startup;

/// <summary>A configuration or environment problem that stops the app; its message is shown to the operator as is.</summary>
internal sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
