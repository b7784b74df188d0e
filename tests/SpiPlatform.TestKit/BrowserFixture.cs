using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SpiPlatform.Host.Auth;

namespace SpiPlatform.TestKit;

/// <summary>
/// The app on real Kestrel plus Debian's Chromium driven by Playwright: never a downloaded browser
/// (<c>./ops/test</c> installs <c>/usr/bin/chromium</c> with apt).
/// </summary>
public class BrowserFixture : PlatformFixture
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaffSessions<string>? _signedInStates;

    protected override bool UseKestrel => true;

    public Uri BaseAddress => Factory.ClientOptions.BaseAddress;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install it with 'apt-get install -y chromium' (./ops/test does).");
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        _signedInStates = new(Factory.Services, SignInThroughTheFormAsync);
        await WarmUpAsync();
    }

    /// <summary>
    /// The first page the app and the browser serve is slow (JIT, first renderer process); on a busy two-core machine
    /// it took most of the 15 s a test action may take, so it is served once here, before any test.
    /// </summary>
    private async Task WarmUpAsync()
    {
        var context = await NewContextAsync(javaScript: true, storageState: null);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login", new() { Timeout = 120_000 });
        await context.CloseAsync();
    }

    /// <summary>A fresh browser context (no cookies) with one page, on the app's address.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
        => await (await NewContextAsync(javaScript, storageState: null)).NewPageAsync();

    /// <summary>
    /// A fresh browser context already signed in as a demo member of staff, and nothing else: no language choice or
    /// other cookie from earlier tests. Each member of staff signs in through the login form once; later pages reuse
    /// their cookie while their account is unchanged. Tests of signing in itself use <see cref="NewPageAsync"/>.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string email, bool javaScript = true)
        => await (await NewContextAsync(javaScript, await _signedInStates!.GetAsync(email))).NewPageAsync();

    private async Task<IBrowserContext> NewContextAsync(bool javaScript, string? storageState)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>Signs in on the login form in a context of its own and keeps only the staff cookie of its storage state.</summary>
    private async Task<string> SignInThroughTheFormAsync(string email)
    {
        var context = await NewContextAsync(javaScript: true, storageState: null);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/login");
            await StaffLogin.SubmitFormAsync(page, email);
            var name = DemoAccounts.Users.Single(u => u.Email == email).DisplayName;
            await Assertions.Expect(page.Locator(".signed-in-as")).ToHaveTextAsync($"Signed in as {name}");

            var state = JsonNode.Parse(await context.StorageStateAsync())!;
            var staffCookie = state["cookies"]!.AsArray().Where(c => (string?)c!["name"] == StaffLogin.CookieName).ToList();
            if (staffCookie.Count != 1)
            {
                throw new InvalidOperationException($"Signing {email} in left {staffCookie.Count} {StaffLogin.CookieName} cookies.");
            }
            return new JsonObject { ["cookies"] = new JsonArray(staffCookie[0]!.DeepClone()), ["origins"] = new JsonArray() }.ToJsonString();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    public override async Task DisposeAsync()
    {
        _signedInStates?.Dispose();
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
