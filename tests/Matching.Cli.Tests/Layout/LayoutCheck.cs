// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Matching.Cli.Tests.Layout;

/// <summary>One thing the layout check found: its kind, the element(s), and the measurement.</summary>
internal sealed record LayoutFinding(string Kind, string Element, string Detail)
{
    public override string ToString() => $"{Kind}: {Element} ({Detail})";
}

/// <summary>What the layout check measured on one page at one width.</summary>
internal sealed record LayoutReport(string Page, int Width, int ScrollWidth, int ScrollHeight, int Texts, IReadOnlyList<LayoutFinding> Findings, int Total, string? Screenshot)
{
    public string Describe() =>
        $"{Page} at {Width} px: {Total} finding(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", Findings);
}

/// <summary>
/// Opens a page in headless Chromium at a given width and checks its layout with <c>layout-check.js</c>, injected into
/// a copy of the page: no horizontal page overflow, no text outside its box, no two texts overlapping. The page is
/// shown in a frame of exactly that width (Chromium's window is at least 500 px wide), so 390 px is a real phone width.
/// </summary>
internal static partial class LayoutCheck
{
    private static readonly string Script = ReadScript();

    /// <summary>Gets the folder of the screenshots: <c>artifacts/screenshots</c> under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    /// <summary>Checks <paramref name="page"/> at <paramref name="width"/> CSS pixels; with a name, also saves a full-page screenshot.</summary>
    public static LayoutReport Check(string chromium, string page, int width, string? screenshotName = null)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(page))!;
        string stem = Path.GetFileNameWithoutExtension(page) + "-" + width.ToString(CultureInfo.InvariantCulture);
        string copy = Path.Combine(folder, stem + ".checked.html");
        string html = File.ReadAllText(page);
        int end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        File.WriteAllText(copy, (end < 0 ? html : html[..end]) + "<script>\n" + Script + "\n</script>\n" + (end < 0 ? string.Empty : html[end..]));

        string frame = Path.Combine(folder, stem + ".frame.html");
        WriteFrame(frame, copy, width, 900, collect: true);
        string dom = Chromium.Run(chromium, output => output.Contains("</html>", StringComparison.Ordinal), "--window-size=" + Math.Max(width, 500).ToString(CultureInfo.InvariantCulture) + ",900", "--virtual-time-budget=3000", "--dump-dom", new Uri(frame).AbsoluteUri);
        Match found = FindingsElement().Match(dom);
        Assert.True(found.Success, $"{page} at {width} px: the layout check did not report (the page did not load?). DOM: {dom[..Math.Min(dom.Length, 400)]}");
        using JsonDocument json = JsonDocument.Parse(WebUtility.HtmlDecode(found.Groups[1].Value));
        JsonElement r = json.RootElement;
        LayoutFinding[] findings = [.. r.GetProperty("findings").EnumerateArray().Select(f => new LayoutFinding(f.GetProperty("kind").GetString()!, f.GetProperty("element").GetString()!, f.GetProperty("detail").GetString()!))];
        int height = r.GetProperty("scrollHeight").GetInt32();

        string? screenshot = null;
        if (screenshotName is not null)
        {
            Directory.CreateDirectory(ScreenshotFolder);
            screenshot = Path.Combine(ScreenshotFolder, screenshotName + ".png");
            int shotHeight = Math.Clamp(height, 200, 16_000);
            string shotFrame = Path.Combine(folder, stem + ".shot.html");
            WriteFrame(shotFrame, page, width, shotHeight, collect: false);
            File.Delete(screenshot);
            Chromium.Run(chromium, output => output.Contains("bytes written to file", StringComparison.Ordinal), "--window-size=" + Math.Max(width, 500).ToString(CultureInfo.InvariantCulture) + "," + shotHeight.ToString(CultureInfo.InvariantCulture), "--virtual-time-budget=3000", "--screenshot=" + screenshot, new Uri(shotFrame).AbsoluteUri);
            Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 5_000, $"the screenshot {screenshot} is missing or empty");
        }

        return new LayoutReport(screenshotName ?? Path.GetFileName(page), r.GetProperty("width").GetInt32(), r.GetProperty("scrollWidth").GetInt32(), height, r.GetProperty("texts").GetInt32(), findings, r.GetProperty("total").GetInt32(), screenshot);
    }

    /// <summary>A page holding <paramref name="page"/> in a frame of exactly <paramref name="width"/> px; the grey right of it is outside the phone.</summary>
    private static void WriteFrame(string frame, string page, int width, int height, bool collect)
    {
        string src = WebUtility.HtmlEncode(Path.GetFileName(page));
        string listener = collect
            ? "<script>addEventListener('message', e => { const p = document.createElement('pre'); p.id = 'layout-findings'; p.textContent = e.data; document.body.appendChild(p); });</script>"
            : string.Empty;
        File.WriteAllText(frame, string.Create(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#8d98a5\">{listener}<iframe src=\"{src}\" style=\"display:block;border:0;background:#fff;width:{width}px;height:{height}px\"></iframe></body></html>"));
    }

    private static string ReadScript()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Matching.Cli.Tests.Layout.layout-check.js")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("<pre id=\"layout-findings\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex FindingsElement();
}
