// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
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
/// a copy of the page: no horizontal page overflow, no text outside its box, no two texts overlapping. Each page is
/// shown in a frame of exactly its width (Chromium's window is at least 500 px wide), so 390 px is a real phone width.
/// </summary>
internal static partial class LayoutCheck
{
    private static readonly string Script = ReadScript();

    /// <summary>Gets the folder of the screenshots: <c>artifacts/screenshots</c> under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    /// <summary>
    /// Checks every page at its width in one Chromium run (each in a frame of that width, their findings posted to the
    /// frame page), then saves one full-page screenshot per page and width, two Chromium runs at a time.
    /// </summary>
    public static IReadOnlyList<LayoutReport> CheckAll(string chromium, IReadOnlyList<(string Name, string Page, int Width)> jobs, bool screenshots)
    {
        string folder = CliRunner.TempDirectory().FullName;
        var frames = new StringBuilder();
        foreach (var (name, page, width) in jobs)
        {
            string html = File.ReadAllText(page);
            int end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            string copy = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(page))!, name + ".checked.html");
            File.WriteAllText(copy, (end < 0 ? html : html[..end]) + "<script>\n" + Script + "\n</script>\n" + (end < 0 ? string.Empty : html[end..]));
            frames.Append(Invariant($"<iframe data-job=\"{WebUtility.HtmlEncode(name)}\" src=\"{new Uri(copy).AbsoluteUri}\" style=\"display:block;border:0;width:{width}px;height:900px\"></iframe>\n"));
        }

        string frame = Path.Combine(folder, "check.html");
        // The listener is registered in the head, before any frame exists: a frame that loads fast could otherwise post
        // its findings before a script after the frames has run, and its report would be lost.
        File.WriteAllText(frame, """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <script>
            addEventListener('message', e => {
              const from = [...document.querySelectorAll('iframe')].find(f => f.contentWindow === e.source);
              const p = document.createElement('pre');
              p.className = 'layout-findings';
              p.dataset.job = from ? from.dataset.job : '?';
              p.textContent = e.data;
              document.body.appendChild(p);
            });
            </script></head><body style="margin:0">

            """ + frames + "</body></html>\n");
        string dom = Chromium.Run(chromium, output => output.Contains("</html>", StringComparison.Ordinal), "--window-size=1300,900", "--virtual-time-budget=8000", "--dump-dom", new Uri(frame).AbsoluteUri);
        var found = FindingsElement().Matches(dom).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value), StringComparer.Ordinal);
        var reports = new List<LayoutReport>();
        foreach (var (name, page, width) in jobs)
        {
            Assert.True(found.TryGetValue(name, out string? text), $"{name} at {width} px: the layout check did not report (the page did not load?). DOM: {dom[..Math.Min(dom.Length, 400)]}");
            using JsonDocument json = JsonDocument.Parse(text!);
            JsonElement r = json.RootElement;
            LayoutFinding[] findings = [.. r.GetProperty("findings").EnumerateArray().Select(f => new LayoutFinding(f.GetProperty("kind").GetString()!, f.GetProperty("element").GetString()!, f.GetProperty("detail").GetString()!))];
            reports.Add(new LayoutReport(name, r.GetProperty("width").GetInt32(), r.GetProperty("scrollWidth").GetInt32(), r.GetProperty("scrollHeight").GetInt32(), r.GetProperty("texts").GetInt32(), findings, r.GetProperty("total").GetInt32(), null));
        }

        if (!screenshots)
        {
            return reports;
        }

        Directory.CreateDirectory(ScreenshotFolder);
        var shots = new string[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, k =>
        {
            var (name, page, width) = jobs[k];
            string screenshot = Path.Combine(ScreenshotFolder, name + ".png");
            int height = Math.Clamp(reports[k].ScrollHeight, 200, 16_000);
            string shotFrame = Path.Combine(folder, name + ".shot.html");
            File.WriteAllText(shotFrame, Invariant($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#8d98a5\"><iframe src=\"{new Uri(Path.GetFullPath(page)).AbsoluteUri}\" style=\"display:block;border:0;background:#fff;width:{width}px;height:{height}px\"></iframe></body></html>"));
            File.Delete(screenshot);
            Chromium.Run(chromium, output => output.Contains("bytes written to file", StringComparison.Ordinal), Invariant($"--window-size={Math.Max(width, 500)},{height}"), "--virtual-time-budget=3000", "--screenshot=" + screenshot, new Uri(shotFrame).AbsoluteUri);
            Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 5_000, $"the screenshot {screenshot} is missing or empty");
            shots[k] = screenshot;
        });

        return [.. reports.Select((r, k) => r with { Screenshot = shots[k] })];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string ReadScript()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Matching.Cli.Tests.Layout.layout-check.js")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("<pre class=\"layout-findings\" data-job=\"([^\"]*)\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex FindingsElement();
}
