// Copyright (c) Matching contributors. Licensed under the MIT License.

using System.Text;
using Matching.Core.Results;
using Matching.Core.Text;

namespace Matching.IO.Output;

/// <summary>
/// The one look of the HTML pages (<c>report.html</c>, <c>comparison.html</c>): the stylesheet and the page shell
/// (head, header band, main column). Pages are self-contained: inline CSS, no scripts, no network.
/// </summary>
/// <remarks>
/// Responsive: the column is at most 72rem wide; tables scroll inside their own box (a table is itself a scroll box,
/// or sits in a <c>.scroll</c> box), charts scale to the column, names never wrap. Read at 390 and 1280 pixels wide
/// by the Chromium layout test.
/// </remarks>
internal static class HtmlPage
{
    /// <summary>The shared stylesheet.</summary>
    internal const string Style =
        ":root{--ink:#1d2733;--muted:#5b6b7c;--line:#dfe5ec;--soft:#f3f6fa;--accent:#2f6fb3;--track:#dde5ef;--ok:#1d7a3a;--bad:#b3261e;--warn:#8a5300;--warnbg:#fff5e0}\n"
        + "*{box-sizing:border-box}\n"
        + "body{margin:0;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',sans-serif;color:var(--ink);background:#fff}\n"
        + ".wrap{max-width:72rem;margin:0 auto;padding:0 1rem}\n"
        + "header.top{background:var(--soft);border-bottom:1px solid var(--line);padding:1rem 0 .8rem}\n"
        + "h1{font-size:1.45rem;line-height:1.25;margin:0 0 .25rem;overflow-wrap:anywhere}\n"
        + ".sub{color:var(--muted);font-size:.85rem;margin:0;overflow-wrap:anywhere}\n"
        + "main{padding:.6rem 0 3rem}\n"
        + "h2{font-size:1.12rem;margin:1.8rem 0 .6rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}\n"
        + "p{margin:.5rem 0}.note{color:var(--muted);font-size:.85rem}\n"
        + ".headline{font-size:1.12rem;font-weight:600;margin:1rem 0 .6rem}\n"
        + ".attention{background:var(--warnbg);border-left:4px solid #e0a030;border-radius:.3rem;padding:.55rem .9rem;margin:.6rem 0}\n"
        + ".attention ul{margin:.2rem 0 0;padding-left:1.2rem}.attention.none{background:#e9f6ee;border-left-color:var(--ok)}\n"
        + ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.6rem;margin:1rem 0}\n"
        + ".card{background:var(--soft);border-radius:.5rem;padding:.55rem .8rem}\n"
        + ".card span{display:block;color:var(--muted);font-size:.8rem}.card b{display:block;font-size:1.35rem}\n"
        + ".ok{color:var(--ok)}.bad{color:var(--bad)}\n"
        + "table{border-collapse:collapse;font-size:.9rem;display:block;overflow-x:auto;max-width:100%;margin:.6rem 0}\n"
        + ".scroll{overflow-x:auto;max-width:100%;border:1px solid var(--line);border-radius:.4rem;margin:.6rem 0}\n"
        + ".scroll>table{display:table;width:100%;margin:0}\n"
        + "th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}\n"
        + "th{background:var(--soft);font-weight:600}\n"
        + "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
        + "tr.group th{background:#e9eff6;font-weight:600;text-align:left}tr.group .num{font-weight:400;color:var(--muted)}\n"
        + ".who{white-space:nowrap}.tag{color:var(--muted);font-size:.8em;margin-left:.25em}\n"
        + ".weak{color:var(--warn);font-weight:600}\n"
        + ".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));gap:0 2rem}\n"
        + "svg{max-width:100%;height:auto}svg text{font-size:13px;fill:#33414f}#score-histogram{max-width:34rem}\n"
        + ".meters{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,19rem),1fr));gap:.3rem 1.5rem;margin:.6rem 0}\n"
        + ".meters.single{grid-template-columns:1fr}\n"
        + ".meter{display:grid;grid-template-columns:minmax(0,9.5rem) 1fr 3.4rem;align-items:center;gap:.5rem;font-size:.88rem}\n"
        + ".meter .who,.meter .label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}\n"
        + ".track{display:flex;gap:2px;height:.85rem}.track i{flex:1;background:var(--track);border-radius:2px}.track i.on{background:var(--accent)}\n"
        + ".track.bar{background:var(--track);border-radius:2px}.track.bar i{flex:none;background:var(--accent)}\n"
        + ".meter.full .track i.on{background:#1f4f86}.meter.idle .num{color:var(--bad);font-weight:600}\n"
        + ".meter .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
        + "@media (max-width:40rem){body{font-size:14px}h1{font-size:1.25rem}\n"
        + "table.stack,table.stack tbody{display:block}table.stack thead{display:none}\n"
        + "table.stack tr{display:flex;flex-wrap:wrap;align-items:baseline;border-bottom:1px solid var(--line)}\n"
        + "table.stack td,table.stack th{border:0}table.stack tr.group th{flex:1 1 100%}\n"
        + "table.stack td.num{margin-left:auto}table.stack td.long{order:2;flex:1 1 100%;padding-top:0;font-size:.85rem;color:var(--muted)}\n"
        + "table.stack td.members{color:var(--ink);font-size:inherit}}\n"
        + ".legend span{display:inline-block;margin-right:1.2em;white-space:nowrap}\n"
        + ".swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}\n";

    /// <summary>Opens a page: head with the shared stylesheet (and <paramref name="extraStyle"/>), the header band with title and subtitle, and the main column.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="text">The page's language.</param>
    /// <param name="title">The page title (the heading and the window title).</param>
    /// <param name="subtitle">A line under the title, or null.</param>
    /// <param name="extraStyle">CSS for this page only, or null.</param>
    public static void Open(StringBuilder html, TextCatalog text, string title, string? subtitle, string? extraStyle = null)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.Language == ExplanationLanguage.German ? "de" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(Encode(title)).Append("</title>\n<style>\n")
            .Append(Style).Append(extraStyle).Append("</style>\n</head>\n<body>\n<header class=\"top\"><div class=\"wrap\">\n<h1>").Append(Encode(title)).Append("</h1>\n");
        if (subtitle is not null)
        {
            html.Append("<p class=\"sub\">").Append(Encode(subtitle)).Append("</p>\n");
        }

        html.Append("</div></header>\n<main class=\"wrap\">\n");
    }

    /// <summary>Closes what <see cref="Open"/> opened.</summary>
    /// <param name="html">Where to write.</param>
    public static void Close(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n");

    /// <summary>HTML-encodes text: only the five characters that need it, so umlauts stay readable in the source.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string text) =>
        text.AsSpan().IndexOfAny("&<>\"'") < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
                .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
}
