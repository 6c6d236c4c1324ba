/** The review UI's stylesheet (inline, nonce'd): readable type, one colour per verdict, CSS tooltips on hover and focus. */
export const reviewStyles = `
:root { --ink:#1d2433; --muted:#5b6475; --line:#dde2ea; --bg:#f6f7f9; --card:#fff; --accent:#2f5bd3;
  --ok:#1e7b34; --ok-bg:#e3f3e7; --bad:#b3261e; --bad-bg:#fde3e1; --warn:#8a5a00; --warn-bg:#fff1cc; --src:#1a56db; --src-bg:#e4ecfd; }
* { box-sizing: border-box; }
body { margin:0; font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif; color:var(--ink); background:var(--bg); }
a { color:var(--accent); }
header.top { display:flex; flex-wrap:wrap; align-items:center; gap:.4rem 1.5rem; padding:.7rem 1.5rem; background:#1d2433; color:#fff; }
header.top nav { display:flex; flex-wrap:wrap; gap:.2rem 1rem; font-size:.92rem; } header.top nav a { font-weight:400; color:#dfe5f0; }
header.top a { color:#fff; text-decoration:none; font-weight:600; }
header.top .who { margin-left:auto; font-size:.9rem; color:#c9d1e0; display:flex; flex-wrap:wrap; gap:.4rem .8rem; align-items:center; overflow-wrap:anywhere; }
header.top button { background:transparent; color:#fff; border:1px solid #5b6475; border-radius:4px; padding:.2rem .6rem; cursor:pointer; }
main { max-width:1280px; margin:0 auto; padding:1.5rem; }
h1 { font-size:1.6rem; margin:.2rem 0 .6rem; line-height:1.25; }
h2 { font-size:1.05rem; margin:1.4rem 0 .5rem; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
.card { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:1.1rem 1.3rem; margin-bottom:1rem; }
.card > h2:first-child { margin-top:.2rem; }
td.nowrap, .badge { white-space:nowrap; }
table { border-collapse:collapse; width:100%; font-size:.95rem; }
th, td { text-align:left; padding:.55rem .6rem; border-bottom:1px solid var(--line); vertical-align:top; }
th { font-size:.8rem; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
.badge { display:inline-block; padding:.05rem .5rem; border-radius:999px; font-size:.8rem; font-weight:600; background:#e9ecf2; color:var(--ink); }
.badge.needs_review { background:var(--warn-bg); color:var(--warn); } .badge.draft { background:#e9ecf2; }
.badge.published { background:var(--ok-bg); color:var(--ok); } .badge.rejected { background:var(--bad-bg); color:var(--bad); }
.count-bad { color:var(--bad); font-weight:700; } .count-warn { color:var(--warn); font-weight:700; } .zero { color:var(--muted); }
.layout { display:grid; grid-template-columns:minmax(0,1fr) 380px; gap:1.2rem; align-items:start; }
.layout > div { min-width:0; }
@media (max-width: 960px) { .layout { grid-template-columns:minmax(0,1fr); } }
@media (max-width: 600px) { main { padding:.75rem; } header.top { padding:.6rem .75rem; } .card { padding:.8rem .85rem; } h1 { font-size:1.3rem; } }
.table-scroll { overflow-x:auto; } .card, .meta { overflow-wrap:anywhere; } th { overflow-wrap:normal; white-space:nowrap; }
.meta { color:var(--muted); font-size:.9rem; }
.legend { border:0; padding:0; min-width:0; display:flex; flex-wrap:wrap; gap:.5rem 1rem; font-size:.85rem; margin:.4rem 0 1rem; }
.legend span { display:inline-flex; align-items:center; gap:.35rem; }
.brief-body { font-size:1.05rem; line-height:1.7; }
.brief-body h1 { font-size:1.5rem; } .brief-body h2 { text-transform:none; letter-spacing:0; color:var(--ink); font-size:1.2rem; }
mark.claim, .swatch { position:relative; border-radius:3px; padding:0 .15em; border-bottom:2px solid; cursor:help; color:inherit; }
.swatch { display:inline-block; width:1.1em; height:1.1em; padding:0; }
.v-supported { background:var(--ok-bg); border-color:var(--ok); }
.v-contradicted { background:#fbd0cc; border-color:var(--bad); font-weight:600; }
.v-unsupported { background:#ffe9a8; border-color:#d79a00; font-weight:600; }
.v-supported-by-source { background:var(--src-bg); border-color:var(--src); }
mark.claim:focus { outline:2px solid var(--accent); outline-offset:1px; }
mark.claim:hover::after, mark.claim:focus::after {
  content: "fact: " attr(data-fact) "\\A expected: " attr(data-expected) "\\A " attr(title);
  position:absolute; left:0; top:calc(100% + 6px); z-index:10; width:max-content; max-width:26rem;
  white-space:pre-line; background:#1d2433; color:#fff; font-size:.82rem; line-height:1.45; padding:.5rem .65rem; border-radius:6px;
  box-shadow:0 4px 14px rgba(0,0,0,.2); font-weight:400; }
mark.claim[data-tip]:hover::after, mark.claim[data-tip]:focus::after { content: attr(data-tip); }
.verdict { font-weight:600; font-size:.8rem; padding:.05rem .4rem; border-radius:4px; white-space:nowrap; }
ul.plain { list-style:none; padding:0; margin:0; } ul.plain li { padding:.35rem 0; border-bottom:1px solid var(--line); font-size:.92rem; }
.facts table { table-layout:fixed; } .facts td { font-size:.85rem; padding:.35rem .4rem; } .facts code { font-size:.8rem; overflow-wrap:anywhere; }
.facts td.num { width:9.5rem; white-space:nowrap; }
label { display:block; font-weight:600; font-size:.9rem; margin:.6rem 0 .25rem; }
input[type=text], input[type=password], textarea { width:100%; font:inherit; padding:.5rem .6rem; border:1px solid #c4cbd7; border-radius:6px; background:#fff; }
textarea { font-family: ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:.9rem; }
#edit-body { min-height:18rem; }
.editor { display:grid; grid-template-columns:minmax(0,1fr); gap:1rem; }
@media (min-width: 1100px) { .editor { grid-template-columns:minmax(0,1fr) minmax(0,1fr); } #edit-body { min-height:30rem; } }
.editor-preview .label { display:block; font-weight:600; font-size:.9rem; margin:.6rem 0 .25rem; }
.preview { border:1px solid var(--line); border-radius:6px; padding:.2rem 1rem; background:#fcfcfd; max-height:40rem; overflow:auto; font-size:.95rem; }
.preview[data-stale] { opacity:.6; } .preview table { font-size:.85rem; } .card textarea[rows="2"] { min-height:3.2rem; font-family:inherit; }
.check { display:flex; gap:.5rem; align-items:center; font-weight:400; }
button.primary, button.danger, button.secondary { font:inherit; font-weight:600; border-radius:6px; padding:.45rem 1rem; cursor:pointer; border:1px solid transparent; margin-top:.6rem; }
button.primary { background:var(--accent); color:#fff; } button.danger { background:#fff; color:var(--bad); border-color:var(--bad); }
button.secondary { background:#fff; color:var(--ink); border-color:#c4cbd7; }
.notice { padding:.7rem 1rem; border-radius:6px; margin-bottom:1rem; border:1px solid; }
.notice.error { background:var(--bad-bg); border-color:var(--bad); color:var(--bad); } .notice.ok { background:var(--ok-bg); border-color:var(--ok); color:var(--ok); }
pre.diff { font-size:.82rem; line-height:1.45; white-space:pre-wrap; margin:0; max-height:22rem; overflow:auto; }
pre.diff .add { background:var(--ok-bg); display:block; } pre.diff .del { background:var(--bad-bg); display:block; } pre.diff .same { color:var(--muted); display:block; }
.sign-in { max-width:26rem; margin:4rem auto; }
`;
