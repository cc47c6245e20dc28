package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/fix"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/report"
	"github.com/qalint/qalint/rules"
)

// artifacts is where the browser test leaves its screenshots (gitignored).
const artifacts = ".artifacts"

// syncBuffer is a writer the server goroutine and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startPlayground runs `qalint playground --listen 127.0.0.1:0` in process
// and returns its URL and a func that stops it and returns its exit code.
func startPlayground(t *testing.T) (url string, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errw syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"qalint", "playground", "--listen", "127.0.0.1:0"}, strings.NewReader(""), &out, &errw)
	}()
	urlRe := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	deadline := time.After(30 * time.Second)
	for url == "" {
		select {
		case code := <-done:
			cancel()
			t.Fatalf("qalint playground exited %d: %s%s", code, out.String(), errw.String())
		case <-deadline:
			cancel()
			t.Fatalf("qalint playground printed no URL: %q", out.String())
		case <-time.After(20 * time.Millisecond):
			url = urlRe.FindString(out.String())
		}
	}
	assert.Empty(t, errw.String(), "no warning on a loopback address")
	stopped := false
	code := 0
	stop = func() int {
		if !stopped {
			stopped = true
			cancel()
			select {
			case code = <-done:
			case <-time.After(30 * time.Second):
				t.Error("qalint playground did not stop when its context ended")
				code = -1
			}
		}
		return code
	}
	t.Cleanup(func() { stop() })
	return url, stop
}

// chromium finds Debian's chromium (or QALINT_CHROMIUM); .ci/run installs it.
func chromium(t *testing.T) string {
	if p := os.Getenv("QALINT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("skipped: no chromium on PATH (apt-get install chromium; .ci/run installs it when it can)")
	return ""
}

// pageFinding is a finding as the page lists it.
type pageFinding struct {
	Pos, Severity, Rule, Message string
}

// TestPlaygroundInABrowser drives headless Chromium through the page as a
// person would: paste the documentation's template, read the findings and
// the highlighted spans, jump to one, open a rule's documentation, delete the
// prose it cannot fix, look at the fixed text and its diff, and apply it.
// The server is stopped once the page has loaded: everything after that
// runs in the page.
func TestPlaygroundInABrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped with -short: starts a browser")
	}
	execPath := chromium(t)
	url, stop := startPlayground(t)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 760),
	)
	// Generous bounds: a loaded CI machine, a race-instrumented server. The
	// test must end, not hang, whatever the browser does.
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	// The first call starts the browser and binds it to its context, so it
	// cannot carry a timeout itself: bound it from outside.
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(browserCtx) }()
	select {
	case err := <-started:
		require.NoError(t, err, "starting %s", execPath)
	case <-time.After(60 * time.Second):
		cancelBrowser()
		t.Fatalf("%s did not start within a minute", execPath)
	}
	ctx, cancel := context.WithTimeout(browserCtx, 150*time.Second)
	defer cancel()
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, steps...), what)
	}
	eval := func(expr string, v any) {
		t.Helper()
		raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](expr))
		require.NoError(t, err, expr)
		require.NoError(t, json.Unmarshal(raw, v), expr)
	}
	poll := func(what, expr string) {
		t.Helper()
		_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(60*time.Second)))
		require.NoError(t, err, "waiting for %s", what)
	}

	do("open the page", chromedp.EmulateViewport(1200, 640), chromedp.Navigate(url))
	poll("qalint to load", `window.qalintTimings && window.qalintTimings.firstLintMs !== null && !document.getElementById("example").disabled`)
	var timings struct{ LoadMs, FirstLintMs, LastLintMs float64 }
	eval(`window.qalintTimings`, &timings)
	t.Logf("qalint.wasm loaded and started in %v ms; first check in %v ms", timings.LoadMs, timings.FirstLintMs)
	var loaded []string
	eval(`[location.href, ...performance.getEntriesByType("resource").map(e => e.name)]`, &loaded)
	for _, u := range loaded {
		assert.True(t, strings.HasPrefix(u, url), "the page loads only from its own origin: %s", u)
	}
	assert.Subset(t, loaded, []string{url + "qalint.wasm", url + "wasm_exec.js", url + "app.js", url + "style.css", url + "example.json"})
	assert.Equal(t, 0, stop(), "the server stops cleanly")

	var footer string
	eval(`document.getElementById("about").textContent`, &footer)
	assert.Regexp(t, `Workers AI models as of \d{4}-\d{2}-\d{2}`, footer, "the catalogue's date is shown")

	// Paste the template: text inserted at the cursor, as a paste is.
	template, err := os.ReadFile("testdata/examples/cloudflare-template.json")
	require.NoError(t, err)
	do("paste the template",
		chromedp.Click(chromedp.ID("input")),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: string(template)})
			return err
		}),
	)
	want := checkJSON(t, "testdata/examples/cloudflare-template.json")
	poll("the findings", `document.querySelectorAll("#findings .finding").length === `+itoa(len(want.Findings)))
	var got []pageFinding
	eval(`[...document.querySelectorAll("#findings .finding")].map(li => ({
		Pos: li.querySelector(".pos").textContent, Severity: li.querySelector(".sev").textContent,
		Rule: li.querySelector(".rule").textContent, Message: li.querySelector(".msg").textContent}))`, &got)
	var wantPage []pageFinding
	for _, f := range want.Findings {
		wantPage = append(wantPage, pageFinding{itoa(f.Line) + ":" + itoa(f.Column), f.Severity.String(), f.Rule, f.Message})
	}
	assert.Equal(t, wantPage, got, "the page lists what `qalint check` reports")
	var summary string
	eval(`document.getElementById("summary").textContent`, &summary)
	assert.Equal(t, "8 errors, 1 warning (1 entry)", summary, "each pasted note is its own parse finding")

	// The offending spans are painted under the text, the most severe on top.
	var marks [][2]string
	eval(`[...document.querySelectorAll("#highlights mark")].map(m => [m.className, m.textContent])`, &marks)
	assert.Equal(t, [][2]string{
		{"error", `"1234567890ABC"`}, {"error", `"sk-******"`}, {"error", "“xxx”"}, {"error", "←"},
		{"error", "“yyy”"}, {"warning", ","}, {"error", "←"},
	}, marks)
	eval(`window.qalintTimings`, &timings)
	t.Logf("checking the pasted template took %v ms", timings.LastLintMs)
	require.NoError(t, os.MkdirAll(artifacts, 0o755))
	shot(t, ctx, "playground.png")

	// Clicking a finding selects its span in the setting.
	curly := indexOf(t, want.Findings, "curly-quotes", 6)
	do("click the curly-quotes finding", chromedp.Click(chromedp.CSS(`.finding[data-index="`+itoa(curly)+`"] .goto`)))
	var sel struct {
		Focused bool
		Text    string
	}
	eval(`({Focused: document.activeElement.id === "input", Text: document.getElementById("input").value.slice(document.getElementById("input").selectionStart, document.getElementById("input").selectionEnd)})`, &sel)
	assert.Equal(t, struct {
		Focused bool
		Text    string
	}{true, "“xxx”"}, sel)
	var active []string
	eval(`[...document.querySelectorAll("#highlights mark.active")].map(m => m.textContent)`, &active)
	assert.Equal(t, []string{"“xxx”"}, active)

	// The rule's documentation is one click away: `qalint explain`'s text.
	do("open curly-quotes' documentation", chromedp.Click(chromedp.CSS(`.finding[data-index="`+itoa(curly)+`"] .rule`)))
	var doc string
	eval(`document.querySelector('.finding[data-index="`+itoa(curly)+`"] .doc').textContent`, &doc)
	r, _ := rules.Lookup("curly-quotes")
	assert.Equal(t, rules.Explain(r), doc)
	shot(t, ctx, "playground-explain.png")

	// The template has prose in it, so fix refuses, saying where.
	do("open the Fixed tab", chromedp.Click(chromedp.ID("tab-fixed")))
	var fixSummary string
	eval(`document.getElementById("fix-summary").textContent`, &fixSummary)
	assert.Contains(t, fixSummary, "cannot be fixed safely: line 6, column 18")

	// Delete the prose as a person would: jump to the parse finding, select
	// to the end of the line, delete; twice (lines 6 and 7).
	for _, line := range []int{6, 7} {
		do("back to the findings", chromedp.Click(chromedp.ID("tab-findings")))
		// Each note is its own finding: wait until the first parse finding
		// is this line's, so that a stale list is never clicked.
		poll("the parse finding on line "+itoa(line), `([...document.querySelectorAll("#findings .finding")].find(li => li.querySelector(".rule").textContent === "parse") || {querySelector: () => ({textContent: ""})}).querySelector(".pos").textContent.startsWith("`+itoa(line)+`:")`)
		do("delete the prose on line "+itoa(line),
			chromedp.Click(chromedp.JSPath(`[...document.querySelectorAll("#findings .finding")].find(li => li.querySelector(".rule").textContent === "parse").querySelector(".goto")`)),
			chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(chromedp.ModifierShift)),
			chromedp.KeyEvent(kb.Delete),
		)
	}
	poll("the prose to be gone", `![...document.querySelectorAll("#findings .rule")].some(b => b.textContent === "parse")`)
	var edited string
	eval(`document.getElementById("input").value`, &edited)
	assert.NotContains(t, edited, "←")
	fixed, err := fix.Bytes([]byte(edited))
	require.NoError(t, err)
	require.True(t, fixed.Changed())

	do("open the Fixed tab", chromedp.Click(chromedp.ID("tab-fixed")))
	poll("the fixed text", `document.getElementById("fixed").textContent.length > 0`)
	var fixedText string
	eval(`document.getElementById("fixed").textContent`, &fixedText)
	assert.Equal(t, string(fixed.Output), fixedText, "the Fixed view is what `qalint fix` writes")
	assert.Contains(t, fixedText, `"model1": "xxx",`)
	assert.NotContains(t, fixedText, "“")
	eval(`document.getElementById("fix-summary").textContent`, &fixSummary)
	assert.Equal(t, "qalint fix would rewrite "+fixed.Summary()+".", fixSummary)

	do("show the diff", chromedp.Click(chromedp.ID("show-diff")))
	var diff bytes.Buffer
	require.NoError(t, fix.Diff(&diff, "aiAssistants.json", []byte(edited), fixed.Output))
	var pageDiff string
	eval(`document.getElementById("fixed").textContent`, &pageDiff)
	assert.Equal(t, diff.String(), pageDiff, "the diff is `qalint fix --diff`")
	shot(t, ctx, "playground-fixed.png")

	// Copy puts the fixed text (not the masked diff) on the clipboard.
	origin := strings.TrimSuffix(url, "/")
	for _, perm := range []string{"clipboard-read", "clipboard-write"} {
		_, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: perm}, Setting: browser.PermissionSettingGranted, Origin: origin})
		require.NoError(t, err, perm)
	}
	do("copy", chromedp.Click(chromedp.ID("copy")))
	poll("the copy", `document.getElementById("copy").textContent === "Copied"`)
	clip, err := chromedp.Run(ctx, chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	assert.Equal(t, string(fixed.Output), clip)

	do("apply the fix", chromedp.Click(chromedp.ID("apply")))
	var after string
	eval(`document.getElementById("input").value`, &after)
	assert.Equal(t, string(fixed.Output), after)
	do("back to the findings", chromedp.Click(chromedp.ID("tab-findings")))
	poll("no more curly quotes or trailing commas", `![...document.querySelectorAll("#findings .rule")].some(b => b.textContent === "curly-quotes" || b.textContent === "trailing-comma")`)
	var rulesLeft []string
	eval(`[...document.querySelectorAll("#findings .rule")].map(b => b.textContent)`, &rulesLeft)
	assert.Equal(t, []string{"placeholder", "placeholder", "placeholder", "placeholder"}, rulesLeft)

	// Open a file full of made-up credentials: the findings are check's,
	// masked as on the command line, and so is the diff.
	secrets, err := filepath.Abs("testdata/secrets/literal.json")
	require.NoError(t, err)
	do("open a file", chromedp.SetUploadFiles(chromedp.ID("file"), []string{secrets}))
	poll("the file to load", `document.getElementById("filename").value === "literal.json"`)
	want = checkJSON(t, "testdata/secrets/literal.json")
	poll("its findings", `document.querySelectorAll("#findings .finding").length === `+itoa(len(want.Findings)))
	var shown string
	eval(`document.getElementById("findings-panel").textContent + document.getElementById("fixed-panel").textContent`, &shown)
	for _, f := range want.Findings {
		assert.Contains(t, shown, f.Message)
	}
	assert.Contains(t, shown, "+++ b/literal.json", "the diff is shown")
	for _, s := range secretsIn {
		assert.False(t, strings.Contains(shown, s), "secret %s…%s shown", s[:4], s[len(s)-4:])
	}

	// Drop a file on the setting: a clean one.
	clean, err := os.ReadFile("testdata/examples/workers-ai-direct.json")
	require.NoError(t, err)
	cleanJS, err := json.Marshal(string(clean))
	require.NoError(t, err)
	do("drop a file", chromedp.Evaluate[chromedp.Void](`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([`+string(cleanJS)+`], "workers-ai-direct.json", {type: "application/json"}));
		document.getElementById("input").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
	})()`))
	poll("the dropped file", `document.getElementById("filename").value === "workers-ai-direct.json"`)
	eval(`document.getElementById("summary").textContent`, &summary)
	assert.Equal(t, "No findings (1 entry)", summary)
	eval(`document.getElementById("input").value`, &after)
	assert.Equal(t, string(clean), after)

	// Every span lands on its text whatever precedes it on the line: curly
	// quotes, characters outside the BMP (two UTF-16 units, one column), a
	// byte order mark (no column), CRLF line breaks.
	spanInputs, err := filepath.Glob("testdata/rules/*/bad.*")
	require.NoError(t, err)
	examples, err := filepath.Glob("testdata/examples/*.js*")
	require.NoError(t, err)
	spanInputs = append(spanInputs, examples...)
	extra := map[string]string{
		"astral":   "[{\"type\": \"Cloudflare\", \"alias\": \"😀𝄞😀\", \"account\": “abc”, \"apiKey\": \"${K}\"},]",
		"bom":      "\uFEFF[{\"type\": \"Cloudflare\", \"alias\": \"a\", \"account\": \"xyz\"}]",
		"crlf":     "[\r\n  {\"type\": \"Cloudflare\",\r\n   \"alias\": ‘a’,\r\n   \"account\": \"1234\"},\r\n]\r\n",
		"one-line": "[{\"type\":\"Cloudflare\",\"alias\":\"a\",\"account\":\"x😀\",\"model1\":“xxx”},{\"type\":\"Cloudflare\",\"alias\":\"a\",\"account\":\"𝄞y\",\"model2\":\"@cf/nope\",},]",
		"lone-cr":  "[\r{\"type\": \"Cloudflare\",\r\"alias\": \"b\", \"account\": \"q\"}]",
	}
	texts := map[string]string{}
	for _, p := range spanInputs {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		if _, enc := reader.Decode(b); enc != reader.UTF8 {
			continue // UTF-16 bytes are not text a textarea holds; spans count in the decoded text
		}
		texts[p] = string(b)
	}
	for name, text := range extra {
		texts[name] = text
	}
	for name, text := range texts {
		res := (&lint.Linter{}).Bytes(name, []byte(text))
		want := []string{}
		for _, f := range res.Findings {
			want = append(want, text[f.Start:f.End])
		}
		js, err := json.Marshal(text)
		require.NoError(t, err)
		var got []string
		// The page's own functions, on the text as given (a textarea would
		// turn CRs into "\n" before lint saw them).
		eval(`(() => { const text = `+string(js)+`; const startOf = positions(text), endOf = positions(text);
			return JSON.parse(qalint.lint(text, "x")).findings.map(f => text.slice(startOf(f.line, f.column), endOf(f.endLine, f.endColumn))); })()`, &got)
		assert.Equal(t, want, got, name)
	}

	// Past 500 findings the list stops and says how many more there are
	// (several rules: check reports at most rules.MaxPerRule of each);
	// every span is still highlighted.
	var many strings.Builder
	many.WriteString("[")
	for i := range 170 {
		fmt.Fprintf(&many, `{"type":"Cloudflare","alias":"a%d","account":"bad%d","model1":“xxx”,"baseURI1":"http://x.example","colour":1},`, i, i)
	}
	many.WriteString("]")
	res := (&lint.Linter{}).Bytes("many.json", []byte(many.String()))
	require.Greater(t, len(res.Findings), 500)
	manyJS, err := json.Marshal(many.String())
	require.NoError(t, err)
	do("set a long setting", chromedp.Evaluate[chromedp.Void](`setText(`+string(manyJS)+`, "many.json")`))
	var listed struct {
		Rows  int
		More  string
		Marks int
	}
	eval(`({Rows: document.querySelectorAll("#findings .finding").length,
		More: document.querySelector("#findings .more").textContent,
		Marks: document.querySelectorAll("#highlights mark").length})`, &listed)
	assert.Equal(t, 500, listed.Rows)
	assert.Equal(t, fmt.Sprintf("… and %d more, highlighted in the setting; `qalint check` lists them all.", len(res.Findings)-500), listed.More)
	assert.Greater(t, listed.Marks, 500)

	var errs []string
	eval(`window.qalintErrors || []`, &errs)
	assert.Empty(t, errs, "no script errors")
}

// checkJSON is `qalint check --format json FILE` named as the page names it.
func checkJSON(t *testing.T, path string) report.JSONReport {
	t.Helper()
	out, _, _ := qalint(t, "", "check", "--format", "json", path)
	var rep report.JSONReport
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	return rep
}

func indexOf(t *testing.T, fs []model.Finding, rule string, line int) int {
	t.Helper()
	for i, f := range fs {
		if f.Rule == rule && f.Line == line {
			return i
		}
	}
	t.Fatalf("no %s finding on line %d", rule, line)
	return -1
}

// shot keeps a screenshot of the page in .artifacts.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	path := filepath.Join(artifacts, name)
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s", path)
}

func itoa(n int) string { return strconv.Itoa(n) }
