package fix

import (
	"strings"

	"github.com/qalint/qalint/internal/reader"
)

// singleQuoted reports whether the text's strings and quoted keys are
// mostly 'single-quoted': a backtick string fix rewrites then takes single
// quotes too, so the file keeps its style.
func singleQuoted(read *reader.Result) bool {
	single, double := 0, 0
	count := func(q reader.Quote) {
		switch q {
		case reader.Single:
			single++
		case reader.Double:
			double++
		}
	}
	var walk func(n *reader.Node, depth int)
	walk = func(n *reader.Node, depth int) {
		if n == nil || depth > reader.MaxDepth {
			return
		}
		if n.Kind == reader.String {
			count(n.Quote)
		}
		for _, m := range n.Members {
			count(m.KeyQuote)
			walk(m.Value, depth+1)
		}
		for _, it := range n.Items {
			walk(it, depth+1)
		}
	}
	for _, st := range read.Statements {
		walk(st.Value, 0)
	}
	return single > double
}

// singleQuote turns a double-quoted string literal, as the reader writes
// it for a backtick string, into the same string in single quotes: \" becomes ",
// ' becomes \', every other escape and line continuation is kept.
func singleQuote(lit string) string {
	if len(lit) < 2 || lit[0] != '"' || lit[len(lit)-1] != '"' {
		return lit
	}
	inner := lit[1 : len(lit)-1]
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < len(inner); i++ {
		c := inner[i]
		switch {
		case c == '\\' && i+1 < len(inner):
			if inner[i+1] == '"' {
				b.WriteByte('"')
			} else {
				b.WriteByte('\\')
				b.WriteByte(inner[i+1])
			}
			i++
		case c == '\'':
			b.WriteString(`\'`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('\'')
	return b.String()
}
