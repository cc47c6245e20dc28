package resolve

import (
	"strings"

	"github.com/qalint/qalint/internal/model"
)

// Text helpers for the resolver's hot path: every entry of every file
// builds its request URLs, service names and forwarding URLs, so each is
// written in one allocation, and templates are compared without being
// expanded.

// writeReplacing writes s to b with every old replaced by new, as
// strings.ReplaceAll(s, old, new) would (old is never empty).
func writeReplacing(b *strings.Builder, s, old, new string) {
	for {
		i := strings.Index(s, old)
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		b.WriteString(new)
		s = s[i+len(old):]
	}
}

// replacedLen is the length of strings.ReplaceAll(s, old, new).
func replacedLen(s, old, new string) int {
	return len(s) + strings.Count(s, old)*(len(new)-len(old))
}

// concatReplacing is head followed by strings.ReplaceAll(tmpl, old, new)
// and tail, built in one allocation.
func concatReplacing(head, tmpl, old, new, tail string) string {
	var b strings.Builder
	b.Grow(len(head) + replacedLen(tmpl, old, new) + len(tail))
	b.WriteString(head)
	writeReplacing(&b, tmpl, old, new)
	b.WriteString(tail)
	return b.String()
}

// expandsTo reports whether strings.ReplaceAll(tmpl, old, new) == s,
// without building the expansion.
func expandsTo(tmpl, old, new, s string) bool {
	for {
		i := strings.Index(tmpl, old)
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
