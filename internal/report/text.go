package report

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/untrusted"
	"github.com/qalint/qalint/rules"
)

// TextOptions tune the text report.
type TextOptions struct {
	Color bool
	// SummaryOnly prints the counts line alone (check --summary).
	SummaryOnly bool
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiGreen  = "\x1b[32m"
)

// Text writes `path:line:col: severity: alias: message [rule]`, the source
// line with a caret under the column (credentials masked), a one-line
// summary, and one `qalint explain RULE` line per rule seen.
func Text(w io.Writer, results []*lint.Result, opts TextOptions) error {
	return WriteAll[*lint.Result](&textOutput{w: w, color: opts.Color, summaryOnly: opts.SummaryOnly}, results)
}

// textOutput is the text format: each file's findings as they come, the
// summary on Flush.
type textOutput struct {
	w           io.Writer
	color       bool
	summaryOnly bool
	summary     Summary
	seen        []string // rule ids, in order of first appearance
}

func (o *textOutput) paint(code, s string) string {
	if !o.color {
		return s
	}
	return code + s + ansiReset
}

func (o *textOutput) Write(r *lint.Result) error {
	o.summary.Add(r)
	if o.summaryOnly {
		return nil
	}
	var b bytes.Buffer // one write per file: the output may be unbuffered
	cache := &snippetCache{}
	for _, f := range r.Findings {
		sevColor := map[model.Severity]string{model.Error: ansiRed, model.Warning: ansiYellow, model.Info: ansiCyan}[f.Severity]
		fmt.Fprintf(&b, "%s %s %s%s %s\n",
			o.paint(ansiBold, fmt.Sprintf("%s:%d:%d:", untrusted.Path(f.File), f.Line, f.Column)),
			o.paint(sevColor, f.Severity.String()+":"),
			aliasPrefix(f.Alias),
			readingOrder(f.Message),
			o.paint(ansiDim, "["+f.Rule+"]"))
		if r.Doc != nil {
			snippet(&b, r.Doc, f, cache, o.paint)
		}
		if !slices.Contains(o.seen, f.Rule) {
			o.seen = append(o.seen, f.Rule)
		}
	}
	if b.Len() == 0 {
		return nil // a clean file: no empty write (a system call each)
	}
	_, err := o.w.Write(b.Bytes())
	return err
}

func (o *textOutput) Flush() error {
	if _, err := fmt.Fprintln(o.w, o.paint(summaryColor(o.summary), summaryLine(o.summary))); err != nil {
		return err
	}
	for _, id := range o.seen {
		line := "qalint explain " + id
		if r, ok := rules.Lookup(id); ok {
			line = fmt.Sprintf("%-40s %s", line, o.paint(ansiDim, "# "+r.Summary))
		}
		if _, err := fmt.Fprintln(o.w, line); err != nil {
			return err
		}
	}
	return nil
}

// aliasPrefix names the entry a finding is in, "myCloudflare: ", so that a
// file of many entries reads without counting braces; "" outside entries.
func aliasPrefix(alias string) string {
	if alias == "" {
		return ""
	}
	return sanitize(alias) + ": "
}

// sanitize keeps terminals safe from control characters in the input, and
// the line in reading order (bidi controls), keeping its width.
func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' && r != '\t' || r >= 0x7f && r <= 0x9f || isBidiControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

func summaryColor(s Summary) string {
	switch {
	case s.Errors > 0:
		return ansiRed
	case s.Warnings > 0:
		return ansiYellow
	}
	return ansiGreen
}

func summaryLine(s Summary) string {
	where := fmt.Sprintf("%s (%s)", plural(s.Files, "file"), plural(s.Entries, "entry"))
	if s.Skipped > 0 {
		where += fmt.Sprintf("; %s skipped, not settings (--verbose lists them)", plural(s.Skipped, "other file"))
	}
	if s.TooLarge > 0 {
		where += fmt.Sprintf("; %s too large to check (above)", plural(s.TooLarge, "settings file"))
	}
	if s.Unreadable > 0 {
		where += fmt.Sprintf("; %s could not be read (above)", plural(s.Unreadable, "input"))
	}
	if s.Unreadable+s.TooLarge > 0 && s.Errors+s.Warnings+s.Infos == 0 {
		// Never "no problems found": these were not checked.
		return "0 problems found in " + where
	}
	if s.Errors+s.Warnings+s.Infos == 0 {
		return "no problems found in " + where
	}
	parts := []string{plural(s.Errors, "error"), plural(s.Warnings, "warning")}
	if s.Infos > 0 {
		parts = append(parts, plural(s.Infos, "info"))
	}
	return strings.Join(parts, ", ") + " in " + where
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%d %sies", n, word[:len(word)-1])
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// snippetCache holds what snippets of one document share: how far into a
// line the last window was found, and the masking of a chunk of that line.
// Findings come in order, so many on one long line are found by counting on
// from the last and share one masking: linear in the line, not in the line
// times the findings.
type snippetCache struct {
	line, char, off int // character char of line starts at byte off

	// The masked text of characters [mfrom, mto) of line mline: windows of
	// many findings on one long line share one masking of a chunk of it.
	mline, mfrom, mto int
	mwhole            bool // the chunk runs to the end of the line
	masked            []rune
}

// maskChunk is how many characters of a long line are masked at once.
const maskChunk = 4096

// seek returns the byte offset of character char of line (number n), or of
// its end when it is shorter, and the character reached.
func (c *snippetCache) seek(n int, line []byte, char int) (off, reached int) {
	k, i := 0, 0
	if c.line == n && c.char <= char {
		k, i = c.char, c.off
	}
	for k < char && i < len(line) {
		_, size := utf8.DecodeRune(line[i:])
		i += size
		k++
	}
	c.line, c.char, c.off = n, k, i
	return i, k
}

// Snippet windows: at most width characters of a line, starting before
// characters before the column when the column is far right; masking looks
// at margin characters more on the left, where a key may stand.
const (
	snippetBefore = 60
	snippetWidth  = 160
	snippetMargin = 256
)

// window cuts a line to the characters [from, to) shown around the 0-based
// column col, masked and safe for a terminal. It reads no further into the
// line than it shows, so a 10 MB line costs what a short one does.
func window(doc *model.Document, n int, line []byte, col int, cache *snippetCache) (text []rune, from, to int, more bool) {
	// The window moves right only when the caret would fall off it, which
	// asks whether the line is longer than the window: a bounded count.
	long, i := false, 0
	for k := 0; i < len(line); k++ {
		if k == snippetWidth {
			long = true
			break
		}
		_, size := utf8.DecodeRune(line[i:])
		i += size
	}
	if col >= snippetWidth-20 && long {
		from = col - snippetBefore
	}
	marginFrom := max(0, from-snippetMargin)
	// Byte offsets of the characters from the margin to just past the window,
	// or to the end of the chunk to mask when it is not masked yet.
	reuse := cache.mline == n && cache.mfrom <= marginFrom && (from+snippetWidth < cache.mto || cache.mwhole)
	end := from + snippetWidth
	if !reuse {
		end = max(end, marginFrom+maskChunk)
	}
	i, base := cache.seek(n, line, marginFrom)
	offs := make([]int, 0, min(end, len(line))+2-base)
	k := base
	for {
		offs = append(offs, i)
		if i >= len(line) || k > end {
			break
		}
		_, size := utf8.DecodeRune(line[i:])
		i += size
		k++
	}
	whole := i >= len(line)
	to = min(k, from+snippetWidth)
	more = to < k || !whole
	from = min(from, k)
	marginFrom = min(marginFrom, from)
	byteAt := func(c int) int {
		if c-base >= 0 && c-base < len(offs) {
			return offs[c-base]
		}
		return len(line)
	}
	if !reuse {
		chunkTo := min(k, end)
		seg := line[byteAt(marginFrom):byteAt(chunkTo)]
		cache.mline, cache.mfrom, cache.mto, cache.mwhole = n, marginFrom, chunkTo, whole && chunkTo == k
		// The document's own credentials are masked wherever they stand, even
		// when the chunk starts inside one, far from its key.
		cache.masked = []rune(resolve.MaskLine(strings.ToValidUTF8(string(seg), "\uFFFD"), doc.Secrets()))
	}
	masked := []rune{}
	if a, b := from-cache.mfrom, to-cache.mfrom; a >= 0 && a <= b && b <= len(cache.masked) {
		masked = append(masked, cache.masked[a:b]...)
	}
	for k, r := range masked {
		if r < ' ' && r != '\t' || r >= 0x7f && r <= 0x9f || isBidiControl(r) {
			masked[k] = '\uFFFD' // keep terminals safe from control characters in the input
		}
	}
	return masked, from, to, more
}

// snippet prints the finding's line, masked, and a marker under its span;
// a long line is shown as a window around the column.
func snippet(w io.Writer, doc *model.Document, f model.Finding, cache *snippetCache, paint func(string, string) string) {
	if f.Line > doc.Index.Lines() {
		return
	}
	line, _ := doc.Index.Line(f.Line)
	col := f.Column - 1 // 0-based, in characters
	runes, from, to, more := window(doc, f.Line, line, col, cache)
	prefix, suffix := "", ""
	if from > 0 {
		prefix = "…"
	}
	if more {
		suffix = "…"
	}
	gutter := fmt.Sprintf("%5d | ", f.Line)
	fmt.Fprintf(w, "%s%s%s%s\n", paint(ansiDim, gutter), prefix, string(runes), suffix)
	var marker strings.Builder
	marker.WriteString(strings.Repeat(" ", utf8.RuneCountInString(prefix)))
	for i := from; i < col && i-from < len(runes); i++ {
		if runes[i-from] == '\t' {
			marker.WriteByte('\t')
		} else {
			marker.WriteByte(' ')
		}
	}
	lineLen := to // characters known; a span past the window is cut below
	if more {
		lineLen = to + 1
	}
	span := 1
	if f.EndLine == f.Line && f.EndColumn > f.Column {
		span = f.EndColumn - f.Column
	} else if f.EndLine > f.Line {
		span = max(1, lineLen-col)
	}
	span = max(1, min(span, to-col))
	fmt.Fprintf(w, "%s%s%s\n", paint(ansiDim, strings.Repeat(" ", utf8.RuneCountInString(gutter)-2)+"| "), marker.String(),
		paint(ansiBold, "^"+strings.Repeat("~", span-1)))
}

// readingOrder replaces the characters that reorder text or drive a
// terminal (bidi controls, C1 controls) in a message, which may quote a
// value of the input.
func readingOrder(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x7f && r <= 0x9f || isBidiControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

// isBidiControl reports the characters that reorder text on display
// (U+202E shows "gnp.exe" as "exe.png"): marks, embeddings, overrides and
// isolates.
func isBidiControl(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}
