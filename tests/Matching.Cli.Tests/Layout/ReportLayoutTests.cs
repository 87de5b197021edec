// Copyright (c) Matching contributors. Licensed under the MIT License.

namespace Matching.Cli.Tests.Layout;

/// <summary>
/// The HTML pages as a person sees them: <c>report.html</c> (English and German one-to-one, a pods run) and
/// <c>comparison.html</c>, opened in headless Chromium at phone (390 px) and desktop (1280 px) widths. Screenshots are
/// kept under the test output folder, <c>artifacts/screenshots/</c>.
/// </summary>
public class ReportLayoutTests
{
    private static readonly int[] Widths = [1280, 390];

    [SkippableFact]
    public void Pages_AtPhoneAndDesktopWidths_HaveNoPageOverflowTextOverflowOrOverlap()
    {
        string chromium = Chromium.Require();
        DirectoryInfo output = CliRunner.TempDirectory();
        string Out(string name) => Path.Combine(output.FullName, name);
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("survey.csv"), "--out", Out("en"), "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("umfrage.csv"), "--out", Out("de"), "--lang", "de", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("run", CliRunner.Sample("pods.csv"), "--model", "pods", "--time-limit", "2", "--out", Out("pods"), "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("compare", CliRunner.Sample("survey.csv"), "--out", Out("compare"), "-q").ExitCode);
        (string Name, string Page)[] pages =
        [
            ("report-en", Path.Combine(Out("en"), "report.html")),
            ("report-de", Path.Combine(Out("de"), "report.html")),
            ("report-pods", Path.Combine(Out("pods"), "report.html")),
            ("comparison", Path.Combine(Out("compare"), "comparison.html")),
        ];

        IReadOnlyList<LayoutReport> reports = LayoutCheck.CheckAll(chromium, [.. pages.SelectMany(p => Widths.Select(w => ($"{p.Name}-{w}", p.Page, w)))], screenshots: true);

        Assert.Equal(pages.Length * Widths.Length, reports.Count);
        foreach (LayoutReport report in reports)
        {
            Assert.True(report.Texts > 20, $"{report.Page} at {report.Width} px: the check saw only {report.Texts} texts");
            Assert.True(report.ScrollWidth <= report.Width, $"{report.Page} at {report.Width} px is {report.ScrollWidth} px wide");
        }

        LayoutReport[] failed = [.. reports.Where(r => r.Total > 0).OrderBy(r => r.Page, StringComparer.Ordinal).ThenBy(r => r.Width)];
        Assert.True(failed.Length == 0, string.Join(Environment.NewLine, failed.Select(r => r.Describe())));
    }

    [SkippableFact]
    public void Check_OnADeliberatelyBrokenPage_ReportsEachProblemByElement()
    {
        string chromium = Chromium.Require();
        DirectoryInfo output = CliRunner.TempDirectory();
        string page = Path.Combine(output.FullName, "broken.html");
        File.WriteAllText(page, """
            <!DOCTYPE html><html><head><meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body style="font:16px sans-serif">
            <h1>A broken page</h1>
            <div id="wide" style="width:900px">A fixed-width box wider than a phone</div>
            <div style="position:relative;height:40px">
              <span id="label-a" style="position:absolute;left:10px;top:5px">First label</span>
              <span id="label-b" style="position:absolute;left:30px;top:8px">Second label</span>
            </div>
            <div id="narrow" style="width:80px;white-space:nowrap">This text does not fit its box</div>
            <svg id="chart" width="200" height="60" viewBox="0 0 200 60"><text id="cut" x="150" y="30">Cut-off label</text></svg>
            </body></html>
            """);

        LayoutReport report = Assert.Single(LayoutCheck.CheckAll(chromium, [("broken-390", page, 390)], screenshots: false));

        string all = report.Describe();
        Assert.Contains(report.Findings, f => f.Kind == "page-overflow" && f.Element.Contains("div#wide", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Kind == "overlap" && f.Element.Contains("span#label-a", StringComparison.Ordinal) && f.Element.Contains("span#label-b", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Kind == "text-overflow" && f.Element.Contains("div#narrow", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Kind == "text-overflow" && f.Element.Contains("text#cut", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Element.Contains("h1", StringComparison.Ordinal));
        Assert.True(report.Total >= 4, all);
    }
}
