/** The report's stylesheet (inlined; allowed by the CSP hash), with a print stylesheet. */
export const REPORT_CSS = `
:root { --pass: #1a7f37; --partial: #b35900; --fail: #c62828; --muted: #5f6368; --line: #dadce0; --bg: #f8f9fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0; color: #202124; }
header.top, main, footer { max-width: 1200px; margin: 0 auto; padding: 12px 20px; }
h1 { font-size: 22px; margin: 8px 0; } h2 { font-size: 18px; margin: 24px 0 8px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 0; display: inline; } h4 { font-size: 13px; margin: 8px 0 2px; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
dl.facts dt { color: var(--muted); }
.scores { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; margin: 12px 0; }
.score { border: 1px solid var(--line); border-radius: 6px; padding: 10px; background: var(--bg); }
.score .value { font-size: 26px; font-weight: 700; } .score .formula { font-size: 12px; color: var(--muted); margin: 4px 0 0; padding-left: 16px; }
.score.total { border-color: #1a73e8; }
.filters { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 0; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; z-index: 2; }
.hidden { display: none !important; }
article.ind, .pair { scroll-margin-top: 64px; }
article.ind { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 4px; padding: 8px 10px; margin: 8px 0; background: #fff; overflow-wrap: anywhere; }
article.ind.st-pass { border-left-color: var(--pass); } article.ind.st-partial { border-left-color: var(--partial); } article.ind.st-fail { border-left-color: var(--fail); }
article.ind.st-manual, article.ind.st-not-checked, article.ind.st-error { border-left-color: #9aa0a6; }
article.ind:target, .targeted { outline: 3px solid #1a73e8; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; background: #e8eaed; }
.badge.pass { background: #e6f4ea; color: var(--pass); } .badge.partial { background: #fef7e0; color: var(--partial); } .badge.fail { background: #fce8e6; color: var(--fail); }
.pts { float: right; font-weight: 600; } .meta { color: var(--muted); font-size: 12px; }
.pair { margin: 12px 0; } .pair > .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.pair > h3 { display: block; margin-top: 12px; }
.evidence li { margin: 2px 0; } pre { white-space: pre-wrap; background: var(--bg); padding: 4px 6px; margin: 2px 0; font-size: 12px; max-height: 12em; overflow: auto; }
code { font-size: 12px; background: var(--bg); }
.thumb img { max-width: 220px; max-height: 160px; border: 1px solid var(--line); vertical-align: top; }
.verdict { background: #e8f0fe; border-radius: 4px; padding: 4px 8px; margin: 4px 0; }
.vform { margin-top: 6px; font-size: 12px; display: flex; gap: 6px; flex-wrap: wrap; } .vform.invalid { outline: 2px solid var(--fail); }
.vform .v-reason { flex: 1 1 200px; } .vform .v-points { width: 6em; }
.panel { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; background: var(--bg); }
.depth { display: inline-block; margin: 0 24px 8px 0; } .depth rect { fill: #1a73e8; } .depth .deep rect { fill: var(--fail); } .depth text { font-size: 11px; fill: #202124; }
.depth .legend { font-size: 12px; color: var(--muted); margin: 0; }
table { border-collapse: collapse; } td, th { border: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
#lightbox { position: fixed; inset: 0; background: rgba(0,0,0,.8); display: flex; align-items: center; justify-content: center; z-index: 10; cursor: zoom-out; }
#lightbox[hidden] { display: none; } #lightbox img { max-width: 95vw; max-height: 95vh; background: #fff; }
.url { font-family: monospace; font-size: 12px; }
.error { color: var(--fail); }
@media (max-width: 800px) { .pair > .cols { grid-template-columns: 1fr; } }
@media print {
  .filters, .vform, .panel.verdicts, #lightbox { display: none !important; }
  body { font-size: 11px; } article.ind, .pair, .score { break-inside: avoid; }
  a { color: inherit; text-decoration: none; } .thumb img { max-width: 160px; }
  pre { max-height: none; }
}
`;
