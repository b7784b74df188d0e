using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SpiPlatform.Host.Startup;

namespace SpiPlatform.Host.Auth;

/// <summary>The Production token signing and encryption certificates, read from configuration.</summary>
internal sealed record OAuthKeyCertificates(X509Certificate2 Signing, X509Certificate2 Encryption)
{
    public static OAuthKeyCertificates? Load(IConfiguration configuration)
    {
        var signing = configuration["Auth:SigningCertificate"];
        var encryption = configuration["Auth:EncryptionCertificate"];
        if (string.IsNullOrWhiteSpace(signing) || string.IsNullOrWhiteSpace(encryption))
        {
            return null;
        }
        var password = configuration["Auth:CertificatePassword"];
        return new(Read(signing, password, "SigningCertificate"), Read(encryption, password, "EncryptionCertificate"));
    }

    private static X509Certificate2 Read(string base64, string? password, string name)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(base64), password);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            throw new StartupException($"SPI_Auth__{name} is not a base64 PKCS#12 certificate that opens with SPI_Auth__CertificatePassword ({e.Message}).", e);
        }
    }
}
