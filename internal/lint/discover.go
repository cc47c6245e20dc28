package lint

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/reader"
)

// Sniff says whether the content of a file met while walking a directory
// looks like Qarbine AI Assistant settings, and when not, why. It runs on
// every candidate file of a repository, so most files are answered by a
// byte search, and the rest by one scan that allocates nothing (see
// looksLikeSettings): the file assigns or holds the setting
// (`aiAssistants = …`, `"aiAssistants": …`, `aiAssistants: …`, at any
// depth) outside comments, or it is an array (or a single object) whose
// objects look like entries, a "type" with an "alias". A mention in a
// comment or inside a longer string is not enough.
func Sniff(src []byte) (ok bool, reason string) {
	src = sniffText(src)
	if len(bytes.TrimSpace(src)) == 0 {
		return false, SkipEmpty
	}
	if bytes.IndexByte(src[:min(len(src), 8000)], 0) >= 0 {
		return false, SkipBinary
	}
	mentions := bytes.Contains(src, []byte("aiAssistant"))
	if (mentions || bytes.Contains(src, []byte("alias"))) && looksLikeSettings(src) {
		if isTextReport(src) {
			return false, SkipReport
		}
		return true, ""
	}
	if mentions {
		return false, SkipMentioned
	}
	return false, SkipNoSettings
}

// isTextReport reports whether src is a report qalint check wrote in its
// text format (--output report.txt): it quotes the settings' lines, so it
// looks like settings, and a later run read an old report as a file full of
// parse errors (an outside tester). Every line must be one a text report
// writes: a finding ("path:4:13: error: … [rule]"), a quoted line ("    4 |
// …"), the line pointing at the place ("      |     ^~~~"), the counts, a
// "qalint explain" line, or blank; and there must be a finding. A settings
// file with a report's lines pasted into a comment has lines of its own,
// and is checked (a second tester's was skipped while the heuristic
// looked at those lines alone). A report cut short may end in any text.
func isTextReport(src []byte) bool {
	if !bytes.Contains(src, []byte(" | ")) {
		return false
	}
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	findings := 0
	for len(src) > 0 {
		line, rest, complete := bytes.Cut(src, []byte("\n"))
		src = rest
		line = stripANSI(bytes.TrimRight(line, "\r"))
		switch {
		case isFindingLine(line):
			findings++
		case len(bytes.TrimSpace(line)) == 0, isQuotedLine(line), isCaretLine(line), isCountsLine(line),
			bytes.HasPrefix(line, []byte("qalint explain ")):
		case !complete:
			// the last line of a report cut short
		default:
			return false
		}
	}
	return findings > 0
}

// isQuotedLine: "    4 | the line", as a report quotes the input.
func isQuotedLine(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && (bytes.HasPrefix(t[i:], []byte(" | ")) || string(t[i:]) == " |")
}

// isCaretLine: "      |     ^~~~", under a quoted line.
func isCaretLine(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	if len(t) == len(line) || !bytes.HasPrefix(t, []byte("| ")) {
		return false
	}
	t = bytes.TrimLeft(t[2:], " \t")
	return len(t) > 0 && t[0] == '^' && len(bytes.Trim(t[1:], "~")) == 0
}

// isCountsLine: "3 errors, 1 warning in 2 files (4 entries)…", "no problems
// found in …", "0 problems found in …".
func isCountsLine(line []byte) bool {
	if !bytes.Contains(line, []byte(" in ")) || !bytes.Contains(line, []byte(" file")) {
		return false
	}
	return bytes.HasPrefix(line, []byte("no problems found in ")) || len(line) > 0 && line[0] >= '0' && line[0] <= '9'
}

// stripANSI drops the colour sequences of a report written with --color
// always (ESC [ … m).
func stripANSI(line []byte) []byte {
	if bytes.IndexByte(line, 0x1b) < 0 {
		return line
	}
	out := make([]byte, 0, len(line))
	for i := 0; i < len(line); i++ {
		if line[i] == 0x1b && i+1 < len(line) && line[i+1] == '[' {
			j := i + 2
			for j < len(line) && (line[j] >= '0' && line[j] <= '9' || line[j] == ';') {
				j++
			}
			if j < len(line) && line[j] == 'm' {
				i = j
				continue
			}
		}
		out = append(out, line[i])
	}
	return out
}

// isFindingLine: "path:4:13: error: message [rule]".
func isFindingLine(line []byte) bool {
	// It ends in " [rule]", a rule's id.
	open := bytes.LastIndex(line, []byte(" ["))
	if open < 0 || !bytes.HasSuffix(line, []byte("]")) || len(line)-open < 4 ||
		len(bytes.Trim(line[open+2:len(line)-1], "abcdefghijklmnopqrstuvwxyz0123456789-")) > 0 {
		return false
	}
	for _, sev := range []string{": error: ", ": warning: ", ": info: "} {
		i := bytes.Index(line, []byte(sev))
		if i < 0 {
			continue
		}
		// path:LINE:COL before the severity
		head := line[:i]
		c2 := bytes.LastIndexByte(head, ':')
		if c2 < 0 || !digits(head[c2+1:]) {
			continue
		}
		c1 := bytes.LastIndexByte(head[:c2], ':')
		if c1 > 0 && digits(head[c1+1:c2]) {
			return true
		}
	}
	return false
}

func digits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// sniffText turns UTF-16 with a byte order mark (what Windows PowerShell 5
// writes) into UTF-8, so that its NUL bytes do not read as binary.
func sniffText(src []byte) []byte {
	if len(src) < 2 || !(src[0] == 0xFF && src[1] == 0xFE || src[0] == 0xFE && src[1] == 0xFF) {
		return src
	}
	little := src[0] == 0xFF
	units := make([]uint16, 0, len(src)/2)
	for i := 2; i+1 < len(src); i += 2 {
		if little {
			units = append(units, uint16(src[i])|uint16(src[i+1])<<8)
		} else {
			units = append(units, uint16(src[i])<<8|uint16(src[i+1]))
		}
	}
	out := make([]byte, 0, len(units))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out
}

// looksLikeSettings scans JavaScript-ish text once, skipping comments and
// strings, without allocating. It is true at the first of:
//   - a setting name used as a key or an assignment target: the name as a
//     whole identifier or a whole quoted string, followed by ':' or by '='
//     (not '==' or '=>');
//   - an entry-like object: "type" and "alias" keys in one object that is
//     the top-level value or an item of it, the top-level value being the
//     first [ or { (so `module.exports = [ … ]` counts too) up to its end.
//
// Curly quotes around a name count as quotes, since settings copied from
// documentation carry them.
func looksLikeSettings(src []byte) bool {
	var (
		depth, entryDepth int
		hasType, hasAlias bool
	)
	word := func(w []byte, after int) bool {
		switch {
		case isSettingName(w):
			return assignedAfter(src, after, true)
		case depth != entryDepth || entryDepth <= 0:
			return false
		case string(w) == "type":
			hasType = hasType || assignedAfter(src, after, false)
		case string(w) == "alias":
			hasAlias = hasAlias || assignedAfter(src, after, false)
		}
		return hasType && hasAlias
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			i = skipTo(src, i+2, "\n")
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			i = skipTo(src, i+2, "*/")
		case c == '"' || c == '\'' || c == '`':
			end := stringEnd(src, i)
			if word(src[i+1:min(end, len(src))], end+1) {
				return true
			}
			i = end + 1
		case isIdentStart(c):
			j := i + 1
			for j < len(src) && isIdentPart(src[j]) {
				j++
			}
			if word(src[i:j], j) {
				return true
			}
			i = j
		case c == '[' || c == '{':
			if entryDepth == 0 {
				entryDepth = 1
				if c == '[' {
					entryDepth = 2
				}
			}
			depth++
			if c == '{' && depth == entryDepth {
				hasType, hasAlias = false, false
			}
			i++
		case c == ']' || c == '}':
			depth--
			if depth == 0 {
				entryDepth = -1 // the top-level value has ended; later ones are code
			}
			i++
		default:
			i++
		}
	}
	return false
}

func isSettingName(b []byte) bool {
	for _, n := range reader.SettingNames {
		if string(b) == n {
			return true
		}
	}
	return false
}

// assignedAfter: after closing quotes and white space comes ':' or, when
// assign is set, a lone '='.
func assignedAfter(src []byte, i int, assign bool) bool {
	for i < len(src) {
		switch c := src[i]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '\'':
			i++
			continue
		case bytes.HasPrefix(src[i:], []byte("”")) || bytes.HasPrefix(src[i:], []byte("’")):
			i += len("”")
			continue
		case c == ':':
			return true
		case c == '=' && assign:
			return i+1 >= len(src) || (src[i+1] != '=' && src[i+1] != '>')
		}
		return false
	}
	return false
}

// stringEnd is the index of the quote closing the string opened at i
// (len(src) when unterminated); a line break ends a '…' or "…" string.
func stringEnd(src []byte, i int) int {
	q := src[i]
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case q:
			return j
		case '\n':
			if q != '`' {
				return j
			}
		}
	}
	return len(src)
}

// skipTo is the index just past the next end marker (len(src) when none).
func skipTo(src []byte, i int, end string) int {
	if k := bytes.Index(src[i:], []byte(end)); k >= 0 {
		return i + k + len(end)
	}
	return len(src)
}

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func isIdentPart(c byte) bool { return isIdentStart(c) || '0' <= c && c <= '9' }
