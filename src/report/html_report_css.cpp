// The report's style sheet: readable at 1280×800 and on a phone, printable, keyboard-visible focus.
#include "faultline/report/html_report.hpp"

namespace faultline::report {

std::string_view html_report_css() noexcept {
  return R"css(:root { --ink: #222; --muted: #5f5f5f; --rule: #d9d9d9; --paper: #fff; --tint: #f6f6f4; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper); line-height: 1.5;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
.skip-link { position: absolute; left: -9999px; top: 0; background: #000; color: #fff; padding: .5em 1em; }
.skip-link:focus { left: 0; z-index: 10; }
a { color: #0b5c99; }
a:focus-visible, summary:focus-visible, main:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid #E69F00; outline-offset: 2px; }
.page-header, main, .overview small.by { display: block; font-size: .78rem; color: var(--muted); }
.page-footer { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
.page-header { padding-top: 24px; border-bottom: 1px solid var(--rule); }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); }
h1 { margin: .1em 0 .2em; font-size: 2rem; line-height: 1.2; }
h2 { font-size: 1.5rem; margin: 1.6em 0 .4em; border-bottom: 2px solid var(--ink); padding-bottom: .2em; }
h3 { font-size: 1.2rem; margin: 1.2em 0 .3em; display: flex; flex-wrap: wrap; gap: .5em; align-items: center; }
.meta { color: var(--muted); margin: .2em 0 .8em; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .4em 1.2em; padding: 0; margin: .6em 0 1em; }
nav a { font-weight: 600; text-decoration: none; border-bottom: 2px solid transparent; }
nav a:hover, nav a:focus-visible { border-bottom-color: currentColor; }
.lead { font-size: 1.05rem; color: #333; max-width: 60em; }
.reason, .answer { max-width: 62em; }
article.tie, article.pitch { border-top: 1px solid var(--rule); padding-top: .4em; margin-top: 1.6em; }
.badge { display: inline-flex; align-items: center; gap: .4em; font-size: .85rem; font-weight: 600;
  border: 2px solid; border-radius: 1em; padding: .05em .7em; background: var(--paper); white-space: nowrap; }
figure.chart { margin: 1.2em 0; padding: 12px 12px 8px; background: var(--tint); border-radius: 6px; }
.chart-title { margin: 0 0 .3em; font-size: 1rem; }
.chart-scroll { overflow-x: auto; }
.chart-scroll svg { display: block; width: 100%; height: auto; }
figcaption { font-size: .9rem; color: var(--muted); margin-top: .4em; max-width: 62em; }
svg text { font-family: inherit; fill: var(--ink); }
svg .label { font-size: 13px; }
svg .strong { font-weight: 600; }
svg .muted { fill: var(--muted); }
svg .small { font-size: 11.5px; }
svg .tick { font-size: 11.5px; fill: var(--muted); }
svg .axis-label { font-size: 13px; fill: #333; }
svg .number { font-variant-numeric: tabular-nums; }
svg .mark-label { font-size: 12px; font-weight: 600; }
svg .cell-label { font-size: 13px; font-weight: 600; font-variant-numeric: tabular-nums; }
svg .bar-label { font-size: 12px; font-weight: 700; fill: #fff; }
svg .halo { paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
svg .halo-dark { paint-order: stroke; stroke: #222; stroke-width: 3px; stroke-linejoin: round; }
table { border-collapse: collapse; margin: .6em 0 1em; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3em; }
th, td { border-bottom: 1px solid var(--rule); padding: .3em .7em; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table-scroll { overflow-x: auto; }
details { margin: .6em 0; }
summary { cursor: pointer; font-weight: 600; color: #0b5c99; }
.questions { counter-reset: none; padding-left: 0; list-style: none; }
.questions li { margin: .8em 0; }
.questions h4 { margin: 0 0 .2em; font-size: 1rem; }
.summary { font-size: 1.05rem; max-width: 62em; background: var(--tint); padding: .6em .9em; border-left: 4px solid #0072B2; }
.page-footer { color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); margin-top: 3em; padding-bottom: 2em; }
@media (max-width: 700px) {
  body { font-size: 15px; }
  .page-header, main, .page-footer { padding: 0 12px; }
  h1 { font-size: 1.5rem; }
  figure.chart { padding: 8px 4px; margin: 1em -8px; border-radius: 0; }
  /* Charts keep a legible scale and scroll sideways rather than shrink their labels to nothing. */
  .chart-scroll svg { min-width: 600px; }
}
@media print {
  body { font-size: 10pt; }
  nav, .skip-link { display: none; }
  .page-header, main, .page-footer { max-width: none; padding: 0; }
  figure.chart { background: none; border: 1px solid #bbb; break-inside: avoid; page-break-inside: avoid; }
  .chart-scroll { overflow: visible; }
  .chart-scroll svg { min-width: 0; max-width: 100% !important; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, .questions li { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
)css";
}

}  // namespace faultline::report
