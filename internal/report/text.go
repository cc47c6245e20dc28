package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/secret"
)

// TextOptions tune the text report.
type TextOptions struct {
	Color bool
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

// Text writes `path:line:col: severity: message [rule]`, the source line with
// a caret under the column (credentials masked), and a one-line summary.
func Text(w io.Writer, results []*lint.Result, opts TextOptions) error {
	return WriteAll[*lint.Result](&textOutput{w: w, color: opts.Color}, results)
}

// textOutput is the text format: each file's findings as they come, the
// summary on Flush.
type textOutput struct {
	w       io.Writer
	color   bool
	summary Summary
}

func (o *textOutput) paint(code, s string) string {
	if !o.color {
		return s
	}
	return code + s + ansiReset
}

func (o *textOutput) Write(r *lint.Result) error {
	o.summary.Add(r)
	var b bytes.Buffer // one write per file: the output may be unbuffered
	cache := &snippetCache{}
	for _, f := range r.Findings {
		sevColor := map[model.Severity]string{model.Error: ansiRed, model.Warning: ansiYellow, model.Info: ansiCyan}[f.Severity]
		fmt.Fprintf(&b, "%s %s %s %s\n",
			o.paint(ansiBold, fmt.Sprintf("%s:%d:%d:", f.File, f.Line, f.Column)),
			o.paint(sevColor, f.Severity.String()+":"),
			f.Message,
			o.paint(ansiDim, "["+f.Rule+"]"))
		if r.Doc != nil {
			snippet(&b, r.Doc, f, cache, o.paint)
		}
	}
	_, err := o.w.Write(b.Bytes())
	return err
}

func (o *textOutput) Flush() error {
	_, err := fmt.Fprintln(o.w, o.paint(summaryColor(o.summary), summaryLine(o.summary)))
	return err
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

// snippetCache holds what snippets of one document share: the spans of the
// values of credential keys, found once and only for a window cut from a
// long line.
type snippetCache struct {
	secrets [][2]int
	found   bool
}

// secretSpans are the byte spans of the string values whose key names a
// credential, at any depth: what masking a window must hide even when the
// window starts after the key.
func (c *snippetCache) secretSpans(doc *model.Document) [][2]int {
	if c.found || doc.Read == nil || doc.Read.Root == nil {
		return c.secrets
	}
	c.found = true
	var walk func(n *reader.Node)
	walk = func(n *reader.Node) {
		for _, m := range n.Members {
			if m.Value.Kind == reader.String && secret.IsSecretKey(m.Key) {
				c.secrets = append(c.secrets, [2]int{m.Value.Start, m.Value.End})
			}
			walk(m.Value)
		}
		for _, it := range n.Items {
			walk(it)
		}
	}
	walk(doc.Read.Root)
	return c.secrets
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
func window(doc *model.Document, line []byte, lineStart, col int, cache *snippetCache) (text []rune, from, to int, more bool) {
	// Count the line's characters, as far as the window can reach.
	limit := snippetWidth + 1
	if col >= snippetWidth-20 {
		limit = col - snippetBefore + snippetWidth + 1
	}
	chars, i := 0, 0
	for i < len(line) && chars < limit {
		_, size := utf8.DecodeRune(line[i:])
		i += size
		chars++
	}
	whole := i >= len(line)
	if col >= snippetWidth-20 && (chars > snippetWidth || !whole) { // only when the caret would fall off the window
		from = col - snippetBefore
	}
	to = min(chars, from+snippetWidth)
	more = to < chars || !whole
	from = min(from, chars)
	marginFrom := max(0, from-snippetMargin)
	// Byte offsets of the characters from the margin to the window's end.
	offs := make([]int, 0, to-marginFrom+1)
	for i, k := 0, 0; k <= to && i <= len(line); k++ {
		if k >= marginFrom {
			offs = append(offs, i)
		}
		if i == len(line) {
			break
		}
		_, size := utf8.DecodeRune(line[i:])
		i += size
	}
	byteAt := func(k int) int {
		if k-marginFrom < len(offs) {
			return offs[k-marginFrom]
		}
		return len(line)
	}
	seg := line[byteAt(marginFrom):byteAt(to)]
	masked := []rune(secret.MaskLine(strings.ToValidUTF8(string(seg), "\uFFFD")))
	if skip := from - marginFrom; skip <= len(masked) {
		masked = masked[skip:]
	}
	if marginFrom > 0 {
		// The key of a value the window starts in may be far to the left.
		winStart, winEnd := lineStart+byteAt(from), lineStart+byteAt(to)
		for _, sp := range cache.secretSpans(doc) {
			if sp[1] <= winStart || sp[0] >= winEnd {
				continue
			}
			for k := range masked {
				if off := lineStart + byteAt(from+k); off > sp[0] && off < sp[1]-1 {
					masked[k] = '•'
				}
			}
		}
	}
	for k, r := range masked {
		if r < ' ' && r != '\t' || r == 0x7f {
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
	line, lineStart := doc.Index.Line(f.Line)
	col := f.Column - 1 // 0-based, in characters
	runes, from, to, more := window(doc, line, lineStart, col, cache)
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
