package secret

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// MinFragment is the shortest piece of a known credential that is masked
// wherever it shows: a provider that echoes half a token, or a window cut
// through one, still shows nothing of it.
const MinFragment = 8

// Set holds the credentials known for one input or one probe: the values of
// credential fields and headers, the values ${NAME} references expanded to,
// and whatever has a credential's shape. Mask hides all of them, and their
// upper- or lower-cased, URL-encoded and base64 forms, in any text. A nil
// Set masks by shape only. Once built, a Set is safe for concurrent use.
type Set struct {
	short []string            // values under MinFragment bytes, lower-cased: masked whole where they stand alone
	grams map[string]struct{} // every MinFragment-byte window of every form, lower-cased
	long  []string            // values of MinFragment bytes or more, as added (Reveals)

	// bare is every MinFragment-byte window of each long value's letters
	// and digits, lower-cased: built on the first Reveals (a probe's or a
	// catalog update's), so that check, which never asks, does not pay.
	bareOnce sync.Once
	bare     map[string]struct{}
}

// Add records a credential. An auth scheme in front ("Bearer ") is not part
// of it; values that cannot be credentials (see Shown) are not recorded.
func (s *Set) Add(v string) {
	v = strings.TrimSpace(v)
	if rest, ok := cutScheme(v); ok {
		v = strings.TrimSpace(rest)
	}
	if len(v) < 4 || Shown(v) {
		return
	}
	if len(v) < MinFragment {
		s.short = append(s.short, asciiLower(v))
		return
	}
	if s.grams == nil {
		s.grams = map[string]struct{}{}
	}
	for _, form := range forms(v) {
		form = asciiLower(form)
		for i := 0; i+MinFragment <= len(form); i++ {
			s.grams[form[i:i+MinFragment]] = struct{}{}
		}
	}
	s.long = append(s.long, v)
}

// Reveals reports whether text gives away a known credential in a form
// Mask cannot cut out of it: split by spaces, dashes or line breaks ("Zq9T
// kW3m Rx7L…"), hex-encoded, or written as HTML entities or \uXXXX
// escapes, as a hostile server may echo it (an outside tester read tokens
// back from each). Text that does is to be withheld whole.
func (s *Set) Reveals(text string) bool {
	if s == nil || len(s.long) == 0 {
		return false
	}
	s.bareOnce.Do(func() {
		s.bare = map[string]struct{}{}
		for _, v := range s.long {
			b := alnumLower(v)
			for i := 0; i+MinFragment <= len(b); i++ {
				s.bare[b[i:i+MinFragment]] = struct{}{}
			}
		}
	})
	for _, form := range []string{text, unescapeEntities(text), decodeHexRuns(text)} {
		b := alnumLower(form)
		for i := 0; i+MinFragment <= len(b); i++ {
			if _, ok := s.bare[b[i:i+MinFragment]]; ok {
				return true
			}
		}
	}
	return false
}

// MaskOr is text masked (see Mask), or instead when the masked text still
// gives a credential away (see Reveals): what server text a probe or a
// catalog update shows.
func (s *Set) MaskOr(text, instead string) string {
	masked := s.Mask(text)
	if s.Reveals(masked) {
		return instead
	}
	return masked
}

// alnumLower is s's ASCII letters and digits, lower-cased: separators
// put between a credential's characters are gone.
func alnumLower(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		}
	}
	return string(b)
}

// unescapeEntities decodes HTML numeric entities (&#90; &#x5a;) and
// \uXXXX escapes.
func unescapeEntities(s string) string {
	if !strings.Contains(s, "&#") && !strings.Contains(s, `\u`) {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if r, n := entityAt(s[i:]); n > 0 {
			b.WriteRune(r)
			i += n - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// entityAt decodes an entity or escape at the start of s: the rune and the
// bytes it took, 0 when there is none.
func entityAt(s string) (rune, int) {
	switch {
	case strings.HasPrefix(s, `\u`) && len(s) >= 6:
		if v, err := strconv.ParseUint(s[2:6], 16, 32); err == nil {
			return rune(v), 6
		}
	case strings.HasPrefix(s, "&#x") || strings.HasPrefix(s, "&#X"):
		if end := strings.IndexByte(s, ';'); end > 3 && end < 12 {
			if v, err := strconv.ParseUint(s[3:end], 16, 32); err == nil {
				return rune(v), end + 1
			}
		}
	case strings.HasPrefix(s, "&#"):
		if end := strings.IndexByte(s, ';'); end > 2 && end < 12 {
			if v, err := strconv.ParseUint(s[2:end], 10, 32); err == nil {
				return rune(v), end + 1
			}
		}
	}
	return 0, 0
}

// decodeHexRuns decodes each run of 16 or more hex digits (an even number
// of them) to the bytes it spells; other text is dropped.
func decodeHexRuns(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isHex(s[j]) {
			j++
		}
		if n := (j - i) &^ 1; n >= 16 {
			if dec, err := hex.DecodeString(s[i : i+n]); err == nil {
				b.Write(dec)
				b.WriteByte(' ')
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return b.String()
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// AddAll records each value.
func (s *Set) AddAll(vs ...string) {
	for _, v := range vs {
		s.Add(v)
	}
}

// forms are the ways a credential may be echoed back: as it is, URL-encoded,
// and base64-encoded at each of the three byte alignments it can fall on
// inside a longer encoded text (as in "Basic base64(user:token)").
func forms(v string) []string {
	out := []string{v, url.QueryEscape(v), url.PathEscape(v)}
	for k := 0; k < 3; k++ {
		enc := base64.StdEncoding.EncodeToString(append(make([]byte, k), v...))
		enc = strings.TrimRight(enc, "=")
		from, to := (k*4+2)/3, len(enc)-2 // characters that mix in neighbouring bytes are left out
		if k == 0 {
			from = 0
		}
		if to-from < MinFragment {
			continue
		}
		enc = enc[from:to]
		out = append(out, enc, strings.NewReplacer("+", "-", "/", "_").Replace(enc))
	}
	return out
}

// Mask hides every known credential and every credential-shaped run in
// text: "Qx7v…(32 chars)". Mask before cutting text short: a cut can fall
// inside a credential and leave a piece no rule recognises.
func (s *Set) Mask(text string) string {
	return s.apply(text, func(v string, whole bool) string {
		if whole {
			return fmt.Sprintf("…(%d chars)", utf8.RuneCountInString(v))
		}
		return Mask(v)
	})
}

// MaskInPlace is Mask keeping the text's width in characters, for source
// lines shown with a caret under a column.
func (s *Set) MaskInPlace(text string) string {
	return s.apply(text, func(v string, whole bool) string {
		if whole {
			return strings.Repeat("•", utf8.RuneCountInString(v))
		}
		return bullets(v)
	})
}

// MaskLine masks a source line in place: the values of credential keys
// (MaskLine), then everything Mask finds.
func (s *Set) MaskLine(line string) string { return s.MaskInPlace(MaskLine(line)) }

func (s *Set) apply(text string, hide func(v string, whole bool) string) string {
	spans := Find(text)
	if s != nil && (len(s.grams) > 0 || len(s.short) > 0) {
		lower := asciiLower(text)
		for i := 0; i+MinFragment <= len(lower); i++ {
			if _, ok := s.grams[lower[i:i+MinFragment]]; ok {
				spans = append(spans, Span{i, i + MinFragment, false})
			}
		}
		for _, v := range s.short {
			for at := 0; ; {
				j := strings.Index(lower[at:], v)
				if j < 0 {
					break
				}
				from, to := at+j, at+j+len(v)
				// A short value stands alone: "pass" is masked in "key pass"
				// and "?k=pass&", not in "password" (a message would read
				// "••••word" and show nothing secret anyway).
				if !wordByte(lower, from-1) && !wordByte(lower, to) {
					spans = append(spans, Span{from, to, false})
				}
				at = to
			}
		}
	}
	if len(spans) == 0 {
		return text
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var b strings.Builder
	at := 0
	for i := 0; i < len(spans); {
		from, to, whole := spans[i].Start, spans[i].End, spans[i].Whole
		for i++; i < len(spans) && spans[i].Start <= to; i++ {
			to, whole = max(to, spans[i].End), whole || spans[i].Whole
		}
		from, to = runeStart(text, max(from, at)), runeEnd(text, to)
		if from >= to {
			continue
		}
		b.WriteString(text[at:from])
		b.WriteString(hide(text[from:to], whole))
		at = to
	}
	b.WriteString(text[at:])
	return b.String()
}

// wordByte reports whether text[i] is an ASCII letter or digit (false
// outside text).
func wordByte(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	c := text[i]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// bullets replaces a credential character for character, keeping the first
// four of a long one so that two can be told apart.
func bullets(s string) string {
	r := []rune(s)
	keep := 0
	if len(r) >= 16 {
		keep = 4
	}
	for i := keep; i < len(r); i++ {
		r[i] = '•'
	}
	return string(r)
}

// asciiLower lower-cases ASCII letters only, so byte offsets stay valid.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

func runeEnd(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return min(i, len(s))
}
