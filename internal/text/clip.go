// Package text holds the string helpers that packages otherwise unrelated
// (the findings' model, the cleaning of server text) share.
package text

// Clip returns s cut to at most n characters, with "…" after them when cut.
// It looks at no more of s than it keeps, so clipping a 10 MB value costs
// nothing.
func Clip(s string, n int) string {
	count := 0
	for i := range s {
		if count == n {
			return s[:i] + "…"
		}
		count++
	}
	return s
}

// Fit returns s cut to at most n characters in all, the "…" that marks the
// cut included; like Clip, it looks at no more of s than that.
func Fit(s string, n int) string {
	if n < 1 {
		return ""
	}
	count, keep := 0, 0
	for i := range s {
		if count == n-1 {
			keep = i
		}
		if count == n {
			return s[:keep] + "…"
		}
		count++
	}
	return s
}
