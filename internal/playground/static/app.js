// qalint playground. Everything here runs in the page: qalint's own lint and
// fix, compiled to WebAssembly, are called with the text and answer JSON
// (the lint answer is exactly `qalint check --format json`). The page makes
// its requests while loading, to its own origin only; none after that.
"use strict";

// Script errors are kept for the browser test to read.
window.qalintErrors = [];
window.addEventListener("error", (e) => window.qalintErrors.push(String(e.message)));
window.addEventListener("unhandledrejection", (e) => window.qalintErrors.push(String(e.reason)));

const $ = (id) => document.getElementById(id);
const input = $("input"), highlights = $("highlights"), editor = $("editor");
const statusEl = $("status"), filenameEl = $("filename");
const layer = highlights.appendChild(document.createElement("div"));

// What the page measured, for people (the status line) and for the browser test.
const timings = (window.qalintTimings = { loadMs: null, firstLintMs: null, lastLintMs: null });

let qalint = null; // the WebAssembly's functions, once loaded
let findings = []; // the last lint's findings, each with UTF-16 offsets added
let fixResult = null; // the last fix answer
let active = -1; // the finding last clicked
let example = ""; // the documentation's template, fetched while loading
const docs = new Map(); // rule id -> its explanation, fetched from the wasm once

function setStatus(text, isError) {
  statusEl.textContent = text;
  statusEl.classList.toggle("error", !!isError);
}

async function load() {
  if (location.protocol === "file:") {
    setStatus("Browsers do not run WebAssembly from file://: serve this folder over HTTP (`qalint playground`, or any static server).", true);
    return;
  }
  const t0 = performance.now();
  const exampleLoaded = fetch("example.json").then((r) => (r.ok ? r.text() : "")).catch(() => "");
  const go = new Go();
  let inst;
  try {
    inst = (await WebAssembly.instantiateStreaming(fetch("qalint.wasm"), go.importObject)).instance;
  } catch (err) {
    // A server that sends another Content-Type: instantiate from the bytes.
    try {
      const resp = await fetch("qalint.wasm");
      if (!resp.ok) throw new Error(`qalint.wasm: HTTP ${resp.status} ${await resp.text()}`);
      inst = (await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject)).instance;
    } catch (err2) {
      setStatus("qalint could not be loaded: " + err2.message, true);
      return;
    }
  }
  go.run(inst); // runs main until it waits; it has set globalThis.qalint by then
  qalint = globalThis.qalint;
  if (!qalint) {
    setStatus("qalint could not be loaded: the WebAssembly did not start.", true);
    return;
  }
  timings.loadMs = Math.round(performance.now() - t0);
  example = await exampleLoaded;
  $("example").disabled = example === "";
  // The first check pays for compiling the code it runs for the first time
  // and for what qalint sets up on first use (catalogues, JSON Schema):
  // done here, on the documentation's template, and shown.
  const t1 = performance.now();
  qalint.lint(example || "[]", "cloudflare-template.json");
  timings.firstLintMs = Math.round((performance.now() - t1) * 10) / 10;
  setStatus(`Ready: loaded in ${timings.loadMs} ms, first check in ${timings.firstLintMs} ms. Checks run as you type.`);
  showAbout(JSON.parse(qalint.info()));
  update();
}

function showAbout(info) {
  const names = { models: "Workers AI models", types: "Qarbine types", providers: "AI Gateway providers" };
  const footer = $("about");
  footer.textContent = "Catalogues: ";
  Object.keys(names).forEach((k, i) => {
    const s = info.sources[k];
    if (!s) return;
    const span = document.createElement("span");
    span.className = "asof";
    span.dataset.catalog = k;
    span.title = s.source;
    span.textContent = `${names[k]} as of ${s.asOf}`;
    if (i > 0) footer.append(" · ");
    footer.append(span);
  });
  footer.append(` · ${info.rules.length} rules · the same checks as \`qalint check\``);
}

// Positions. Findings carry line and column in characters (code points), as
// on the command line; "\r\n", "\n" and a lone "\r" end a line, and a byte
// order mark is not a column. The textarea counts UTF-16 code units.
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

// positions returns a function from (line, column) to a UTF-16 offset in
// text. It counts on from its last answer when it can: findings come in
// order, often many on one long line, and counting from the line's start
// each time would be quadratic.
function positions(text, starts = lineStarts(text)) {
  let lastLine = 0, lastCol = 0, lastAt = 0;
  return (line, col) => {
    if (line < 1) return 0;
    if (line > starts.length) return text.length;
    let at, c;
    if (line === lastLine && col >= lastCol) {
      at = lastAt;
      c = lastCol;
    } else {
      at = starts[line - 1];
      if (line === 1 && text.charCodeAt(0) === 0xfeff) at = 1;
      c = 1;
    }
    for (; c < col && at < text.length; c++) {
      const code = text.charCodeAt(at);
      if (code === 10 || code === 13) break; // past the end of the line: its end
      at += code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
    }
    lastLine = line;
    lastCol = c;
    lastAt = at;
    return at;
  };
}

const rank = { info: 1, warning: 2, error: 3 };

// The list stops here: thousands of rows would make every keystroke slow.
const listLimit = 500;

// paint draws the findings' spans under the text in one sweep: the text is
// cut wherever a span starts or ends, and each piece takes the most severe
// finding over it.
function paint(text) {
  const opens = new Map(), closes = new Map();
  const add = (m, at, i) => (m.get(at) || m.set(at, []).get(at)).push(i);
  findings.forEach((f, i) => {
    const end = f.end > f.start ? f.end : Math.min(f.start + 1, text.length); // a point: one character
    if (end > f.start) {
      add(opens, f.start, i);
      add(closes, end, i);
    }
  });
  const cuts = [...new Set([0, text.length, ...opens.keys(), ...closes.keys()])].sort((a, b) => a - b);
  const over = new Set(); // the findings over the current piece
  const frag = document.createDocumentFragment();
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k], piece = text.slice(a, cuts[k + 1]);
    for (const i of closes.get(a) || []) over.delete(i);
    for (const i of opens.get(a) || []) over.add(i);
    if (over.size === 0) {
      frag.append(piece);
      continue;
    }
    let severity = "info";
    for (const i of over) if (rank[findings[i].severity] > rank[severity]) severity = findings[i].severity;
    const mark = document.createElement("mark");
    mark.className = severity;
    if (over.has(active)) mark.classList.add("active");
    if (piece === "\n" || piece === "\r") mark.classList.add("eol");
    mark.textContent = piece;
    frag.append(mark);
  }
  frag.append("\n"); // room for a last empty line, as the textarea has
  layer.replaceChildren(frag);
  syncScroll();
}

// The layer moves with the textarea's scrolling. It is translated rather
// than scrolled: the textarea's scroll range includes its scrollbars, which
// the layer does not have, so scrolling both would drift at the ends.
function syncScroll() {
  layer.style.transform = `translate(${-input.scrollLeft}px, ${-input.scrollTop}px)`;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function update() {
  if (!qalint) return;
  const text = input.value, name = filenameEl.value.trim();
  if (text.trim() === "") {
    // Nothing to check yet: no "the file is empty" error at a blank page.
    findings = [];
    fixResult = null;
    paint(text);
    showFindings({ files: 1, entries: 0, errors: 0, warnings: 0, infos: 0 });
    showFixed();
    return;
  }
  const t0 = performance.now();
  const report = JSON.parse(qalint.lint(text, name));
  timings.lastLintMs = Math.round((performance.now() - t0) * 10) / 10;
  if (report.error) {
    setStatus("qalint failed: " + report.error, true);
    return;
  }
  const starts = lineStarts(text);
  const startOf = positions(text, starts), endOf = positions(text, starts);
  findings = report.findings.map((f) => ({
    ...f,
    start: startOf(f.line, f.column),
    end: endOf(f.endLine, f.endColumn),
  }));
  if (active >= findings.length) active = -1;
  paint(text);
  showFindings(report.summary);
  fixResult = JSON.parse(qalint.fix(text, name));
  showFixed();
}

function showFindings(summary) {
  const list = $("findings");
  list.replaceChildren();
  const parts = [];
  if (summary.errors) parts.push(plural(summary.errors, "error"));
  if (summary.warnings) parts.push(plural(summary.warnings, "warning"));
  if (summary.infos) parts.push(plural(summary.infos, "info"));
  const entries = plural(summary.entries, "entry").replace("entrys", "entries");
  $("summary").textContent = input.value.trim() === "" ? "Paste a setting, drop a file, or press Example." : `${parts.length ? parts.join(", ") : "No findings"} (${entries})`;
  const count = $("count");
  count.textContent = findings.length ? String(findings.length) : "";
  count.className = "badge " + (summary.errors ? "error" : summary.warnings ? "warning" : "");
  findings.slice(0, listLimit).forEach((f, i) => {
    const li = document.createElement("li");
    li.className = `finding ${f.severity}` + (i === active ? " active" : "");
    li.dataset.index = i;
    const head = document.createElement("div");
    head.className = "head";
    const go = document.createElement("button");
    go.type = "button";
    go.className = "goto";
    go.title = "Show in the setting";
    const pos = document.createElement("span");
    pos.className = "pos";
    pos.textContent = `${f.line}:${f.column}`;
    const sev = document.createElement("span");
    sev.className = "sev";
    sev.textContent = f.severity;
    const msg = document.createElement("span");
    msg.className = "msg";
    msg.textContent = f.message;
    go.append(pos, sev, msg);
    go.addEventListener("click", () => select(i));
    const rule = document.createElement("button");
    rule.type = "button";
    rule.className = "rule";
    rule.textContent = f.rule;
    rule.title = `qalint explain ${f.rule}`;
    rule.setAttribute("aria-expanded", "false");
    rule.addEventListener("click", () => toggleDoc(li, rule, f.rule));
    head.append(go, rule);
    li.append(head);
    list.append(li);
  });
  if (findings.length > listLimit) {
    const more = document.createElement("li");
    more.className = "more";
    more.textContent = `… and ${findings.length - listLimit} more, highlighted in the setting; \`qalint check\` lists them all.`;
    list.append(more);
  }
}

function toggleDoc(li, button, id) {
  const open = li.querySelector(".doc");
  if (open) {
    open.remove();
    button.setAttribute("aria-expanded", "false");
    return;
  }
  if (!docs.has(id)) docs.set(id, JSON.parse(qalint.explain(id)));
  const doc = docs.get(id);
  const pre = document.createElement("pre");
  pre.className = "doc";
  pre.textContent = doc.error || doc.text;
  li.append(pre);
  button.setAttribute("aria-expanded", "true");
}

// select puts the cursor on a finding's span and scrolls it into view.
function select(i) {
  const f = findings[i];
  if (!f) return;
  active = i;
  document.querySelectorAll(".finding.active").forEach((el) => el.classList.remove("active"));
  document.querySelector(`.finding[data-index="${i}"]`)?.classList.add("active");
  input.focus();
  input.setSelectionRange(f.start, Math.max(f.start, f.end));
  const lineHeight = parseFloat(getComputedStyle(input).lineHeight) || 19;
  const top = (f.line - 1) * lineHeight;
  if (top < input.scrollTop || top > input.scrollTop + input.clientHeight - 2 * lineHeight) {
    input.scrollTop = Math.max(0, top - input.clientHeight / 3);
  }
  paint(input.value);
}

function showFixed() {
  const r = fixResult || { output: "", changed: false, summary: "", diff: "", error: "" };
  const pre = $("fixed"), summary = $("fix-summary"), badge = $("fix-badge");
  const diff = $("show-diff").checked;
  summary.classList.toggle("error", !!r.error);
  badge.textContent = r.changed ? "✓" : "";
  $("copy").disabled = !!r.error;
  $("apply").disabled = !r.changed;
  if (r.error) {
    summary.textContent = `qalint fix would not write this file: ${r.error}. Delete what it cannot read, then fix.`;
    pre.replaceChildren();
    return;
  }
  summary.textContent = r.changed ? `qalint fix would rewrite ${r.summary}.` : "Nothing to fix: qalint fix would leave this file as it is.";
  if (!diff) {
    pre.textContent = r.output;
    return;
  }
  if (!r.changed) {
    pre.textContent = "(no change)";
    return;
  }
  // The diff is `qalint fix --diff`, credentials masked as on the command line.
  const frag = document.createDocumentFragment();
  for (const line of r.diff.replace(/\n$/, "").split("\n")) {
    const span = document.createElement("span");
    if (line.startsWith("@@")) span.className = "hunk";
    else if (line.startsWith("+") && !line.startsWith("+++")) span.className = "add";
    else if (line.startsWith("-") && !line.startsWith("---")) span.className = "del";
    span.textContent = line + "\n";
    frag.append(span);
  }
  pre.replaceChildren(frag);
}

async function copyFixed() {
  const text = fixResult && !fixResult.error ? fixResult.output : "";
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard permission (a plain-HTTP page, a headless browser): copy the selection instead.
    const ta = document.createElement("textarea");
    ta.value = text;
    document.body.append(ta);
    ta.select();
    document.execCommand("copy");
    ta.remove();
  }
  const b = $("copy");
  b.textContent = "Copied";
  setTimeout(() => (b.textContent = "Copy"), 1500);
}

// applyFixed replaces the setting with the fixed text, as an edit the
// browser can undo.
function applyFixed() {
  if (!fixResult || !fixResult.changed) return;
  input.focus();
  input.select();
  if (!document.execCommand("insertText", false, fixResult.output)) input.value = fixResult.output;
  active = -1;
  update();
}

function setText(text, name) {
  input.value = text;
  if (name) filenameEl.value = name;
  active = -1;
  input.scrollTop = 0;
  update();
}

async function readFile(file) {
  if (!file) return;
  if (file.size > 16 << 20) {
    setStatus(`${file.name} is larger than 16 MiB, the command line's default limit.`, true);
    return;
  }
  const bytes = await file.arrayBuffer();
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    setStatus(`${file.name} is not UTF-8 text; invalid bytes are shown as \uFFFD.`, true);
    text = new TextDecoder("utf-8").decode(bytes);
  }
  setText(text, file.name);
}

let timer = 0;
function scheduleUpdate() {
  clearTimeout(timer);
  // Debounced: long files are checked once typing pauses.
  timer = setTimeout(update, input.value.length > 200000 ? 400 : 120);
}

function selectTab(which) {
  for (const t of ["findings", "fixed"]) {
    $(`tab-${t}`).setAttribute("aria-selected", String(t === which));
    $(`${t}-panel`).hidden = t !== which;
  }
}

input.addEventListener("input", () => {
  active = -1;
  scheduleUpdate();
});
input.addEventListener("scroll", syncScroll);
filenameEl.addEventListener("input", scheduleUpdate);
$("tab-findings").addEventListener("click", () => selectTab("findings"));
$("tab-fixed").addEventListener("click", () => selectTab("fixed"));
$("show-diff").addEventListener("change", showFixed);
$("copy").addEventListener("click", copyFixed);
$("apply").addEventListener("click", applyFixed);
$("open").addEventListener("click", () => $("file").click());
$("file").addEventListener("change", (e) => readFile(e.target.files[0]));
$("example").addEventListener("click", () => setText(example, "cloudflare-template.json"));
// A dropped file replaces the setting; dragged text is left to the textarea.
const carriesFile = (e) => e.dataTransfer && [...e.dataTransfer.types].includes("Files");
editor.addEventListener("dragover", (e) => {
  if (!carriesFile(e)) return;
  e.preventDefault();
  editor.classList.add("dragging");
});
editor.addEventListener("dragleave", () => editor.classList.remove("dragging"));
editor.addEventListener("drop", (e) => {
  editor.classList.remove("dragging");
  if (!carriesFile(e) || e.dataTransfer.files.length === 0) return;
  e.preventDefault();
  readFile(e.dataTransfer.files[0]);
});

load();
