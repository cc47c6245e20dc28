package resolve

import (
	"strings"

	"github.com/qalint/qalint/internal/model"
)

// Text helpers for the resolver's hot path: every entry of every file
// builds its request URLs, service names and forwarding URLs, so each is
// written on the stack (and looked up in a memo, memo.go) or in one
// allocation, and templates are compared without being expanded.

// appendReplacing appends s to dst with every old replaced by new, as
// strings.ReplaceAll(s, old, new) would (old is never empty).
func appendReplacing(dst []byte, s, old, new string) []byte {
	for {
		i := index(s, old)
		if i < 0 {
			return append(dst, s...)
		}
		dst = append(append(dst, s[:i]...), new...)
		s = s[i+len(old):]
	}
}

// index is strings.Index(s, old) for a short template and a {name} (old
// is never empty): a search for old's first byte, which most templates
// ("/v1/chat/completions") do not hold, costs less than a substring search.
func index(s, old string) int {
	for off := 0; ; {
		i := strings.IndexByte(s[off:], old[0])
		if i < 0 {
			return -1
		}
		if strings.HasPrefix(s[off+i:], old) {
			return off + i
		}
		off += i + 1
	}
}

// expandsTo reports whether strings.ReplaceAll(tmpl, old, new) == s,
// without building the expansion.
func expandsTo(tmpl, old, new, s string) bool {
	for {
		i := index(tmpl, old)
		if i < 0 {
			return tmpl == s
		}
		if !strings.HasPrefix(s, tmpl[:i]) || !strings.HasPrefix(s[i:], new) {
			return false
		}
		s, tmpl = s[i+len(new):], tmpl[i+len(old):]
	}
}

// quotedAfter is prefix + model.Quote(s) in one allocation.
func quotedAfter(prefix, s string) string {
	if len(s) > model.QuoteLimit {
		return prefix + model.Quote(s) // may be clipped: Quote says how
	}
	var buf [128]byte
	return string(model.AppendJSONString(append(buf[:0], prefix...), s))
}

// afterSegments is what follows the first n segments of a path with its
// outer slashes trimmed ("" when nothing does), as strings.Join(segs[n:], "/")
// of its strings.Split; ok is false when the path has fewer than n segments.
func afterSegments(path string, n int) (rest string, ok bool) {
	p := strings.Trim(path, "/")
	if p == "" {
		return "", false
	}
	for seen := 1; ; seen++ {
		i := strings.IndexByte(p, '/')
		if i < 0 {
			return "", seen >= n
		}
		if seen == n {
			return p[i+1:], true
		}
		p = p[i+1:]
	}
}
