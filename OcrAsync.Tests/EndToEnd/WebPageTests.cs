using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OcrAsync.Tests.EndToEnd;

/// <summary>The web page served by the API, driven in Debian's Chromium as a person would use it.</summary>
[Collection(OcrAppCollection.Name)]
public sealed class WebPageTests(OcrAppFixture fixture)
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task The_page_and_its_scripts_are_public_with_a_same_origin_content_security_policy()
    {
        using var anonymous = fixture.CreateApiClient();

        using var page = await anonymous.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);

        foreach (var path in new[] { "/app.js", "/app.css", "/lib/signalr/signalr.min.js" })
        {
            using var asset = await anonymous.GetAsync(path);
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{path}: {asset.StatusCode}");
        }

        // Everything else still needs a token.
        using var api = await anonymous.GetAsync("/api/ocr-async/recent");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_uploads_an_invoice_and_sees_it_complete_live_with_its_invoice_number()
    {
        var user = $"web-{Guid.NewGuid():N}"[..16];
        var invoice = InvoiceSpec.Create(
            "Tailspin Toys", "WEB-2024-0077", "05/02/2024",
            [new PrintedLineItem("Wooden train set", 2, 49.90m), new PrintedLineItem("Gift wrapping", 2, 3.50m)]);
        var baseUrl = fixture.App.GetEndpoint(ResourceNames.Api, "http");
        using (var client = fixture.CreateApiClient(user))
        using (var template = await client.PostAsJsonAsync("/api/templates", new
        {
            name = "Tailspin page",
            keywords = new[] { "Tailspin" },
            fields = new Dictionary<string, string> { ["vendor_name"] = "^(Tailspin)" },
        }))
        {
            Assert.Equal(HttpStatusCode.Created, template.StatusCode);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        var listRequests = 0;
        page.Request += (_, request) => listRequests += request.Url.Contains("/api/ocr-async/recent", StringComparison.Ordinal) ? 1 : 0;

        await page.GotoAsync(baseUrl.ToString());
        await page.FillAsync("#token", fixture.Tokens.For(user));
        await page.ClickAsync("#sign-in-form button[type=submit]");
        await Expect(page.Locator("#connection")).ToHaveTextAsync("live");
        await Expect(page.Locator("#user")).ToHaveTextAsync(user);
        await page.SelectOptionAsync("#priority", "high");
        await page.SelectOptionAsync("#language", "eng");
        await page.SelectOptionAsync("#template", new SelectOptionValue { Label = "Tailspin page" });

        var requestsBeforeUpload = listRequests;
        await page.SetInputFilesAsync("#files", new FilePayload
        {
            Name = "tailspin-invoice.png",
            MimeType = "image/png",
            Buffer = InvoiceImageRenderer.RenderPng(invoice),
        });

        var item = page.Locator("li.job").Filter(new LocatorFilterOptions { HasText = "tailspin-invoice.png" });
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.Locator(".badge")).ToHaveTextAsync("completed", new LocatorAssertionsToHaveTextOptions { Timeout = 90_000 });
        await Expect(item.Locator("[data-role=summary]")).ToContainTextAsync("Invoice WEB-2024-0077");
        await Expect(item.Locator("progress")).ToHaveAttributeAsync("value", "100");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("web-page-completed.png"), FullPage = true });

        // Live: no reload and no polling of the list brought the result.
        Assert.Equal(1, navigations);
        Assert.Equal(requestsBeforeUpload, listRequests);

        await item.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "View result" }).ClickAsync();
        var result = page.Locator("#result");
        await Expect(result).ToBeVisibleAsync();
        var numberRow = result.Locator("tbody tr").Filter(new LocatorFilterOptions { HasText = "Invoice number" });
        await Expect(numberRow.Locator("input")).ToHaveValueAsync("WEB-2024-0077");
        await Expect(numberRow.Locator("td").Nth(2)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{1,3}%$"));
        await Expect(result.Locator("#result-summary")).ToContainTextAsync("Template “Tailspin page”: named in the upload");
        var vendorInput = result.Locator("input[name=vendor_name]");
        await Expect(vendorInput).ToHaveValueAsync("Tailspin");
        await Expect(result.Locator("input[name=total_amount]")).ToHaveValueAsync(invoice.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("web-page-result.png") });

        // Correct a field in the page: the correction is saved, and the ai_training events show as the vendor is learned.
        await vendorInput.FillAsync("Tailspin Toys");
        await page.ClickAsync("#result-save");
        await Expect(result.Locator("#result-training")).ToContainTextAsync("Learned “Tailspin Toys”", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
        await Expect(result.Locator("#result-training")).ToContainTextAsync("Vendor name");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("web-page-learned.png") });

        await page.ClickAsync("#result-close");
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact("web-page-phone.png"), FullPage = true });

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Try_a_sample_uploads_the_repository_sample_and_it_completes_with_its_invoice_number()
    {
        var user = $"sample-{Guid.NewGuid():N}"[..16];
        var expected = (await File.ReadAllLinesAsync(Path.Combine(RepositoryPaths.Samples, "expected.jsonl")))
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Single(entry => entry.GetProperty("file").GetString() == "invoice-en.png");
        using (var anonymous = fixture.CreateApiClient())
        using (var sample = await anonymous.GetAsync("/samples/invoice-en.png"))
        {
            Assert.Equal(HttpStatusCode.OK, sample.StatusCode);
            Assert.Equal("image/png", sample.Content.Headers.ContentType?.MediaType);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(fixture.App.GetEndpoint(ResourceNames.Api, "http").ToString());
        await page.FillAsync("#token", fixture.Tokens.For(user));
        await page.ClickAsync("#sign-in-form button[type=submit]");
        await Expect(page.Locator("#user")).ToHaveTextAsync(user);

        await page.ClickAsync("[data-sample='invoice-en.png']");

        var item = page.Locator("li.job").Filter(new LocatorFilterOptions { HasText = "invoice-en.png" });
        await Expect(item.Locator(".badge")).ToHaveTextAsync("completed", new LocatorAssertionsToHaveTextOptions { Timeout = 90_000 });
        await Expect(item.Locator("[data-role=summary]")).ToContainTextAsync($"Invoice {expected.GetProperty("invoice_number").GetString()}");
    }

    /// <summary>Where screenshots go: TestResults/screenshots at the repository root (./test.sh's results folder).</summary>
    private static string Artifact(string fileName)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
