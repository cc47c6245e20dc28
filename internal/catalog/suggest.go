package catalog

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Distance is the Levenshtein edit distance between a and b, in characters.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Suggest returns the candidate closest to s, if it is close enough to be
// what the user meant: equal ignoring case and punctuation, or within a third
// of its length in edits (at most 3). Ties go to the earlier candidate.
func Suggest(s string, candidates []string) (string, bool) {
	norm := func(x string) string {
		return strings.Map(func(r rune) rune {
			if r == '-' || r == '_' || r == ' ' || r == '.' {
				return -1
			}
			return r
		}, strings.ToLower(x))
	}
	ns := norm(s)
	limit := min(3, max(1, utf8.RuneCountInString(s)/3))
	lower := strings.ToLower(s)
	n := utf8.RuneCountInString(lower)
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if c == s {
			continue
		}
		if norm(c) == ns {
			return c, true
		}
		if m := utf8.RuneCountInString(c); n > m+limit || m > n+limit {
			continue // too far apart in length alone: keeps a 10 MB value linear
		}
		d := Distance(lower, strings.ToLower(c))
		if d < bestD {
			best, bestD = c, d
		}
	}
	if best != "" && bestD <= limit {
		return best, true
	}
	return "", false
}

// SuggestSlug is Suggest for gateway provider slugs, which also counts as a
// near-miss a known slug without its vendor prefix or suffix words
// ("bedrock" for aws-bedrock, "vertex-ai" for google-vertex-ai), when only
// one known slug fits and the rest is not itself a known slug.
func SuggestSlug(s string, slugs []string) (string, bool) {
	if c, ok := Suggest(s, slugs); ok {
		return c, true
	}
	ls := strings.ToLower(s)
	if len(ls) < 3 || slices.Contains(slugs, ls) {
		return "", false
	}
	found := ""
	for _, slug := range slugs {
		if slug == ls || !partOf(ls, slug) {
			continue
		}
		if found != "" && found != slug {
			return "", false // "google": google-ai-studio or google-vertex-ai
		}
		found = slug
	}
	return found, found != ""
}

// partOf reports whether s is slug with whole words cut from its start or end.
func partOf(s, slug string) bool {
	words := strings.Split(slug, "-")
	for i := range words {
		for j := len(words); j > i; j-- {
			if (i > 0 || j < len(words)) && strings.Join(words[i:j], "-") == s {
				return true
			}
		}
	}
	return false
}
