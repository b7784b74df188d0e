using Microsoft.AspNetCore.Mvc.Testing;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests;

[CollectionDefinition(Collection)]
public sealed class ProtocolsCollection : ICollectionFixture<ProtocolsFixture>
{
    public const string Collection = PlatformFixture.Collection;
}

/// <summary>The whole app on a real PostgreSQL database, with the demo agreements seeded.</summary>
public sealed class ProtocolsFixture : PlatformFixture
{
    /// <summary>A client with its own cookie jar, optionally signed in as a demo member of staff.</summary>
    public async Task<HttpClient> StaffClientAsync(string? email)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (email is not null)
        {
            await StaffLogin.SignInAsync(client, email);
        }
        return client;
    }
}
