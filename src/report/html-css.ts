/**
 * The report's only style sheet, inlined (the page loads nothing). A calm
 * two-column layout: findings on the left, the articles side by side on the
 * right in panes that scroll on their own, so a card and its evidence are in
 * view together.
 */
export const REPORT_CSS = `
:root{--bg:#f6f5f1;--paper:#fff;--pane:#fbfaf7;--ink:#1f2328;--muted:#5f6670;--line:#dedbd2;--soft:#ebe8e0;
--ev:#fde9a8;--ev-on:#f9c74f;--ev-ring:#d98e04;--cluster:#d9e7fb;--cluster-ring:#5b84c4;
--high:#b42318;--high-bg:#fdecea;--medium:#a15c07;--medium-bg:#fdf1df;--low:#475467;--low-bg:#eef0f3}
*{box-sizing:border-box}
html,body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.layout{display:grid;grid-template-columns:minmax(420px,5fr) 7fr;min-height:100vh}
.findings-col{padding:24px 28px 64px;min-width:0}
.articles-col{position:sticky;top:0;height:100vh;display:flex;flex-direction:column;border-left:1px solid var(--line);background:var(--pane);min-width:0}
.status{margin:0;padding:10px 16px;border-bottom:1px solid var(--line);font-size:13px;color:var(--muted);min-height:42px}
.panes{flex:1;min-height:0;display:grid;gap:1px;background:var(--line);grid-auto-rows:minmax(0,1fr)}
.panes-0,.panes-1{grid-template-columns:minmax(0,1fr)}
.panes-2{grid-template-columns:repeat(2,minmax(0,1fr))}
.panes-3{grid-template-columns:repeat(3,minmax(0,1fr))}
.panes-4{grid-template-columns:repeat(2,minmax(0,1fr));grid-template-rows:repeat(2,minmax(0,1fr))}
.panes-many{grid-template-columns:repeat(2,minmax(0,1fr));grid-auto-rows:calc(50vh - 22px);overflow-y:auto}
.pane{display:flex;flex-direction:column;min-height:0;background:var(--pane)}
.pane-head{padding:10px 16px 8px;border-bottom:1px solid var(--soft);background:var(--paper)}
.pane-head h2{font-size:14px;margin:0;font-weight:650}
.meta{font-size:12px;color:var(--muted);margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.pane-body{flex:1;min-height:0;overflow-y:auto;padding:14px 18px 35vh;white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.7 Georgia,"Times New Roman",serif}
.missing,.none{color:var(--muted);font-style:italic;padding:0 16px}
.claim{border-bottom:1px dotted #a3acb9;cursor:pointer;border-radius:2px}
.claim.corroborated{border-bottom:1.5px solid #8fb08f}
.claim:hover{background:#eef2f7}
.claim.in-cluster{background:var(--cluster)}
.claim.active{box-shadow:0 0 0 2px var(--cluster-ring)}
mark.ev{background:var(--ev);color:inherit;border-radius:2px}
mark.ev.wide{background:#fcf5dc}
mark.ev.active{background:var(--ev-on);box-shadow:0 0 0 2px var(--ev-ring)}
mark.ev.wide.active{background:var(--ev);box-shadow:0 0 0 1px var(--ev-ring)}
.finding.active mark.ev{background:var(--ev-on)}
.skip{color:#a1a1a1}
.summary-bar h1{font-size:22px;margin:0;font-weight:700;letter-spacing:-.01em}
.counts{margin:2px 0 0;color:var(--muted)}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}
.chip{font-size:13px;padding:3px 10px;border:1px solid var(--line);border-radius:999px;background:var(--paper);color:var(--ink);text-decoration:none}
a.chip:hover{border-color:#b9b4a6}
.chip.zero{color:#a0a4aa}
.chip.sev-high b{color:var(--high)}.chip.sev-medium b{color:var(--medium)}.chip.sev-low b{color:var(--low)}
.block>h2{font-size:12px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:30px 0 10px;font-weight:650}
.finding{background:var(--paper);border:1px solid var(--line);border-left:4px solid var(--low);border-radius:8px;padding:14px 16px;margin:0 0 12px;cursor:pointer}
.finding.sev-high{border-left-color:var(--high)}.finding.sev-medium{border-left-color:var(--medium)}
.finding:hover{box-shadow:0 1px 6px rgba(0,0,0,.08)}
.finding.active{box-shadow:0 0 0 2px var(--ev-ring)}
.finding.linked{box-shadow:0 0 0 2px var(--cluster-ring)}
.finding-head{display:flex;align-items:center;gap:8px}
.badge{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.06em;padding:2px 8px;border-radius:999px;background:var(--low-bg);color:var(--low)}
.badge.sev-high{background:var(--high-bg);color:var(--high)}.badge.sev-medium{background:var(--medium-bg);color:var(--medium)}
.kind{font-size:12px;color:var(--muted)}
.finding-summary{margin:8px 0 12px;font-weight:550}
.sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:10px}
.source{background:var(--pane);border:1px solid var(--soft);border-radius:6px;padding:8px 10px;min-width:0}
.source h4{margin:0 0 6px;font-size:12px;font-weight:650}
.id{color:var(--muted);font-weight:400}
.quote+.quote{margin-top:8px;padding-top:8px;border-top:1px dashed var(--soft)}
.figures{margin:0 0 4px}
.figure{display:inline-block;font-weight:700;font-size:15px;margin:0 8px 0 0}
blockquote{margin:0;font:14px/1.5 Georgia,"Times New Roman",serif;overflow-wrap:anywhere}
.where{margin:4px 0 0;font-size:11px;color:var(--muted)}
ul.clusters,ul.plain{list-style:none;padding:0;margin:0}
.cluster-item{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:0 0 8px;cursor:pointer}
.cluster-item.active{box-shadow:0 0 0 2px var(--cluster-ring)}
.cluster-item q{display:block;font:14px/1.5 Georgia,"Times New Roman",serif;margin-bottom:4px}
.count{font-size:12px;font-weight:650;color:#3d6b3d;margin-right:8px}
.who{font-size:12px;color:var(--muted)}
ul.plain li{font-size:13px;margin:4px 0}
details summary{cursor:pointer;color:var(--muted);font-size:13px}
code{font-size:12px;background:var(--low-bg);padding:1px 5px;border-radius:4px}
:focus-visible{outline:2px solid #2f6fdf;outline-offset:2px}
@media (max-width:960px){.layout{grid-template-columns:1fr}.articles-col{position:static;height:auto;border-left:0;border-top:1px solid var(--line)}
.panes,.panes-2,.panes-3,.panes-4,.panes-many{grid-template-columns:minmax(0,1fr);grid-template-rows:none;grid-auto-rows:70vh;overflow:visible}}
@media print{.articles-col{position:static;height:auto}.pane-body{overflow:visible}}
`;
