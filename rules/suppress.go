package rules

import (
	"bytes"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// directive is one `// qalint-ignore RULE[,RULE] -- reason` comment.
type directive struct {
	start, end int
	line       int  // where the comment is
	wholeFile  bool // qalint-ignore-file
	ownLine    bool // nothing but the comment on its line: it covers the next line
	rules      []string
	used       map[string]bool
}

var (
	slashes, slashStar, starSlash = []byte("//"), []byte("/*"), []byte("*/")
	ignorePrefix                  = []byte("qalint-ignore")
)

// directives finds the suppression comments of a document.
func directives(doc *model.Document) []*directive {
	var out []*directive
	for _, t := range doc.Read.Tolerances {
		if t.Kind != reader.Comment {
			continue
		}
		b := doc.Src[t.Start:t.End]
		b = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimPrefix(bytes.TrimPrefix(b, slashes), slashStar), starSlash))
		if !bytes.HasPrefix(b, ignorePrefix) {
			continue // most comments are no directive: nothing copied for them
		}
		text := string(b)
		d := &directive{start: t.Start, end: t.End, used: map[string]bool{}}
		switch {
		case strings.HasPrefix(text, "qalint-ignore-file"):
			d.wholeFile, text = true, text[len("qalint-ignore-file"):]
		case strings.HasPrefix(text, "qalint-ignore"):
			text = text[len("qalint-ignore"):]
		default:
			continue
		}
		if reason := strings.Index(text, "--"); reason >= 0 {
			text = text[:reason]
		}
		d.rules = strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
		pos := doc.Pos(t.Start)
		d.line = pos.Line
		lineText, lineStart := doc.Index.Line(pos.Line)
		d.ownLine = strings.TrimSpace(string(lineText[:t.Start-lineStart])) == ""
		out = append(out, d)
	}
	return out
}

func (d *directive) covers(f model.Finding) bool {
	if !d.wholeFile && !(d.ownLine && f.Line == d.line+1) && !(!d.ownLine && f.Line == d.line) {
		return false
	}
	for _, r := range d.rules {
		if r == f.Rule {
			d.used[r] = true
			return true
		}
	}
	return false
}

// suppress drops the findings a directive covers and, when the
// unused-suppression rule is enabled, reports directives that covered
// nothing. It runs after every other rule.
func suppress(c *Context) {
	ds := directives(c.Doc)
	if len(ds) == 0 {
		return
	}
	kept := c.findings[:0]
	for _, f := range c.findings {
		covered := false
		for _, d := range ds {
			if d.covers(f) {
				covered = true
			}
		}
		if !covered {
			kept = append(kept, f)
		}
	}
	c.findings = kept
	if c.severity == model.Off {
		return
	}
	for _, d := range ds {
		if len(d.rules) == 0 {
			c.At(nil, d.start, d.end, "", "qalint-ignore names no rule; write qalint-ignore RULE[,RULE] -- reason")
			continue
		}
		for _, r := range d.rules {
			switch {
			case d.used[r]:
			case !isRuleID(r):
				c.At(nil, d.start, d.end, "", "qalint-ignore names unknown rule %s", model.Quote(r))
			case d.wholeFile:
				c.At(nil, d.start, d.end, "", "qalint-ignore-file %s suppresses nothing in this file; remove it", r)
			default:
				c.At(nil, d.start, d.end, "", "qalint-ignore %s suppresses nothing on the line it covers; remove it", r)
			}
		}
	}
}

func isRuleID(id string) bool { _, ok := Lookup(id); return ok }
