package main

import (
	"regexp"
	"sort"
	"strings"
)

// decl is one top-level TypeScript declaration: an interface, type alias,
// class, function or namespace, with its comments removed.
type decl struct {
	name  string
	text  string
	start int // offset in the comment-free source, for a stable order
}

// stripComments removes // and /* */ comments, keeping string literals (a
// URL inside a string type must survive) and line breaks.
func stripComments(src string) string {
	var b strings.Builder
	b.Grow(len(src))
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			j := i + 1
			for j < len(src) && src[j] != c && src[j] != '\n' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(src))
			b.WriteString(src[i:j])
			i = j
		case strings.HasPrefix(src[i:], "//"):
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return b.String()
			}
			b.WriteString(strings.Repeat("\n", strings.Count(src[i:i+2+end+2], "\n")))
			i += 2 + end + 2
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

var declHead = regexp.MustCompile(`^(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:interface|type|class|function|const|var|let|enum|namespace|module)\s+([A-Za-z_$][\w$]*|"[^"]*")`)

// declarations splits comment-free TypeScript into its top-level
// declarations. A declaration ends at a ; at depth 0, or at the } that
// closes the body of an interface, class, namespace or enum. Text that is
// not a declaration is skipped a line at a time, so one odd statement does
// not hide the ones after it.
func declarations(src string) []decl {
	var out []decl
	for i := 0; i < len(src); {
		for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r' || src[i] == ';') {
			i++
		}
		if i >= len(src) {
			break
		}
		m := declHead.FindStringSubmatch(src[i:])
		if m == nil {
			if nl := strings.IndexByte(src[i:], '\n'); nl >= 0 {
				i += nl + 1
				continue
			}
			break
		}
		end := declEnd(src, i)
		out = append(out, decl{name: strings.Trim(m[1], `"`), text: src[i:end], start: i})
		i = end
	}
	return out
}

// declEnd finds where the declaration starting at i ends.
func declEnd(src string, i int) int {
	depth, sawEquals := 0, false
	for j := i; j < len(src); j++ {
		switch c := src[j]; c {
		case '"', '\'', '`':
			k := j + 1
			for k < len(src) && src[k] != c && src[k] != '\n' {
				if src[k] == '\\' {
					k++
				}
				k++
			}
			j = k
		case '=':
			if depth == 0 && (j+1 >= len(src) || src[j+1] != '>') {
				sawEquals = true
			}
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			depth--
			if depth == 0 && c == '}' && !sawEquals {
				return j + 1
			}
			if depth < 0 {
				return j + 1
			}
		case ';':
			if depth == 0 {
				return j + 1
			}
		}
	}
	return len(src)
}

// index groups declarations by name; interfaces may be declared in parts.
func index(ds []decl) map[string][]decl {
	m := map[string][]decl{}
	for _, d := range ds {
		m[d.name] = append(m[d.name], d)
	}
	return m
}

var (
	identifier    = regexp.MustCompile(`[A-Za-z_$][\w$]*`)
	stringLiteral = regexp.MustCompile(`"[^"\n]*"|'[^'\n]*'`)
)

// typeRefs lists the names a declaration's text may refer to: its
// identifiers, leaving out string literals, property keys ("name:" or
// "name?:") and member accesses (".name").
func typeRefs(text string) []string {
	text = stringLiteral.ReplaceAllString(text, `""`)
	var out []string
	for _, loc := range identifier.FindAllStringIndex(text, -1) {
		rest := strings.TrimLeft(text[loc[1]:], " \t\n?")
		if strings.HasPrefix(rest, ":") || (loc[0] > 0 && text[loc[0]-1] == '.') {
			continue
		}
		out = append(out, text[loc[0]:loc[1]])
	}
	return out
}

// closure lists the declarations root needs, itself included, in source
// order: every declared name its text mentions, transitively.
func closure(idx map[string][]decl, root string) []decl {
	seen := map[string]bool{}
	var out []decl
	var walk func(name string)
	walk = func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		for _, d := range idx[name] {
			out = append(out, d)
			for _, id := range typeRefs(d.text) {
				if _, ok := idx[id]; ok {
					walk(id)
				}
			}
		}
	}
	walk(root)
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// member returns the type written for a member of a class or interface
// body (e.g. inputs in "inputs: X;"), "" when there is none.
func member(text, name string) string {
	open := strings.IndexByte(text, '{')
	if open < 0 {
		return ""
	}
	depth := 0
	for j := open + 1; j < len(text); j++ {
		switch text[j] {
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			depth--
		}
		if depth != 0 || !strings.HasPrefix(text[j:], name) {
			continue
		}
		if j > 0 && isIdent(text[j-1]) {
			continue
		}
		rest := strings.TrimLeft(text[j+len(name):], " \t\n?")
		if !strings.HasPrefix(rest, ":") {
			continue
		}
		start := len(text) - len(rest) + 1
		d := 0
		for k := start; k < len(text); k++ {
			switch text[k] {
			case '{', '(', '[':
				d++
			case '}', ')', ']':
				if d == 0 {
					return strings.TrimSpace(text[start:k])
				}
				d--
			case ';':
				if d == 0 {
					return strings.TrimSpace(text[start:k])
				}
			}
		}
	}
	return ""
}

func isIdent(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

var propertyName = regexp.MustCompile(`(?:^|[\s{;,|&(])"?([A-Za-z_$][\w$]*)"?\s*\??\s*:`)

// keys collects the property names a type expression can carry, following
// the declarations it names (depth-bounded: some types are recursive). It
// over-approximates on purpose: a key nested anywhere counts.
func keys(expr string, idx map[string][]decl) map[string]bool {
	out := map[string]bool{}
	seen := map[string]bool{}
	var walk func(text string, depth int)
	walk = func(text string, depth int) {
		for _, m := range propertyName.FindAllStringSubmatch(text, -1) {
			out[m[1]] = true
		}
		if depth == 0 {
			return
		}
		for _, id := range typeRefs(text) {
			if ds, ok := idx[id]; ok && !seen[id] {
				seen[id] = true
				for _, d := range ds {
					walk(d.text, depth-1)
				}
			}
		}
	}
	walk(expr, 8)
	return out
}
