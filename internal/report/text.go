package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
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
	cache := lineCache{}
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

// lineCache holds a document's lines masked and split into characters, so
// that many findings on one long line cost one masking, not one each.
type lineCache map[int][]rune

func (c lineCache) line(doc *model.Document, n int) []rune {
	if r, ok := c[n]; ok {
		return r
	}
	raw, _ := doc.Index.Line(n)
	// Mask the whole line before any cutting: a window could start inside a
	// value and lose the key that says it is a secret.
	masked := secret.MaskLine(strings.ToValidUTF8(string(raw), "\uFFFD"))
	r := []rune(strings.Map(func(r rune) rune {
		if r < ' ' && r != '\t' || r == 0x7f {
			return '\uFFFD' // keep terminals safe from control characters in the input
		}
		return r
	}, masked))
	c[n] = r
	return r
}

// snippet prints the finding's line, masked, and a marker under its span;
// a long line is shown as a window around the column.
func snippet(w io.Writer, doc *model.Document, f model.Finding, cache lineCache, paint func(string, string) string) {
	if f.Line > doc.Index.Lines() {
		return
	}
	runes := cache.line(doc, f.Line)
	const before, width = 60, 160
	col := f.Column - 1 // 0-based, in characters
	from, prefix := 0, ""
	if col >= width-20 && len(runes) > width { // only when the caret would fall off the window
		from, prefix = col-before, "…"
	}
	to, suffix := min(len(runes), from+width), ""
	if to < len(runes) {
		suffix = "…"
	}
	if from > len(runes) {
		from = len(runes)
	}
	window := runes[from:to]
	gutter := fmt.Sprintf("%5d | ", f.Line)
	fmt.Fprintf(w, "%s%s%s%s\n", paint(ansiDim, gutter), prefix, string(window), suffix)
	var marker strings.Builder
	marker.WriteString(strings.Repeat(" ", utf8.RuneCountInString(prefix)))
	for i := from; i < col && i < len(runes); i++ {
		if runes[i] == '\t' {
			marker.WriteByte('\t')
		} else {
			marker.WriteByte(' ')
		}
	}
	span := 1
	if f.EndLine == f.Line && f.EndColumn > f.Column {
		span = f.EndColumn - f.Column
	} else if f.EndLine > f.Line {
		span = max(1, len(runes)-col)
	}
	span = max(1, min(span, to-col))
	fmt.Fprintf(w, "%s%s%s\n", paint(ansiDim, strings.Repeat(" ", utf8.RuneCountInString(gutter)-2)+"| "), marker.String(),
		paint(ansiBold, "^"+strings.Repeat("~", span-1)))
}
