package secret

import (
	"math"
	"strings"
	"unicode"
)

// tokenShapes are credentials recognised by their value alone, wherever they
// sit: the vendors' documented key formats. Each names its vendor, so that
// the probe can tell whose key it is, and the prefix it starts with, so that
// a long text is scanned without running every expression over it.
var tokenShapes = []struct {
	vendor   string
	prefixes []string // the expression matches only text that starts with one
	re       *lazyRegexp
}{
	{"anthropic", []string{"sk-ant-"}, lazyRegexpOf(`^sk-ant-[A-Za-z0-9_\-]{8,}`)},
	{"openrouter", []string{"sk-or-"}, lazyRegexpOf(`^sk-or-[A-Za-z0-9_\-]{8,}`)},
	{"openai", []string{"sk-"}, lazyRegexpOf(`^sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{8,}`)},
	{"", []string{"sk-"}, lazyRegexpOf(`^sk-[A-Za-z0-9_\-]{16,}`)}, // OpenAI's older keys, and DeepSeek's and others'
	{"huggingface", []string{"hf_"}, lazyRegexpOf(`^hf_[A-Za-z0-9]{16,}`)},
	{"google", []string{"AIza"}, lazyRegexpOf(`^AIza[0-9A-Za-z_\-]{30,}`)},
	{"aws", []string{"A"}, lazyRegexpOf(`^(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$`)},
	{"", []string{"gsk_", "xai-", "pplx-", "r8_", "ghp_", "gho_", "github_pat_", "glpat-", "xoxa-", "xoxb-", "xoxp-", "xoxr-"},
		lazyRegexpOf(`^(?:gsk_|xai-|pplx-|r8_|ghp_|gho_|github_pat_|glpat-|xox[abpr]-)[A-Za-z0-9_\-]{12,}`)},
}

// shapePrefix is one of a token shape's prefixes.
type shapePrefix struct {
	prefix string
	shape  int // in tokenShapes
}

// shapePrefixesByInitial lists, by first byte, the tokenShapes' prefixes
// starting with it, in the shapes' order.
var shapePrefixesByInitial = func() (by [256][]shapePrefix) {
	for i, sh := range tokenShapes {
		for _, p := range sh.prefixes {
			by[p[0]] = append(by[p[0]], shapePrefix{p, i})
		}
	}
	return by
}()

// shapeOf finds a known key format at the start of a run of token
// characters: its length and vendor. The shapes are tried in order, each
// once, when one of their prefixes starts the run.
func shapeOf(run string) (n int, vendor string, ok bool) {
	if run == "" {
		return 0, "", false
	}
	tried := -1
	for _, p := range shapePrefixesByInitial[run[0]] { // most runs: no format starts with their first byte
		if p.shape == tried || !strings.HasPrefix(run, p.prefix) {
			continue
		}
		tried = p.shape
		sh := &tokenShapes[p.shape]
		if loc := sh.re.get().FindStringIndex(run); loc != nil {
			return loc[1], sh.vendor, true
		}
	}
	return 0, "", false
}

// maxCredential is longer than any credential: longer values are not
// judged by shape (a 10 MB string is not a key).
const maxCredential = 4096

func isTokenByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// Vendor names whose key s is by its shape ("openai", "anthropic",
// "huggingface", "google", "aws", "openrouter"), or "" when the shape does
// not say. Cloudflare API tokens have no distinctive shape.
func Vendor(s string) string {
	s = strings.TrimSpace(s)
	if rest, ok := cutScheme(s); ok {
		s = rest
	}
	if n, vendor, ok := shapeOf(s); ok && n == len(s) {
		return vendor
	}
	return ""
}

// bearerValue finds the token after an auth scheme anywhere in text.
var bearerValue = lazyRegexpOf(`(?i)\b(?:bearer|basic|token)[ :]+([A-Za-z0-9_\-.+/=~]{8,})`)

// userinfo finds the user:password@ (or user@) part of a URL.
var userinfo = lazyRegexpOf("://([^/\\s@\"'`“”?#]+)@")

// Span is where a credential sits in a text; Whole says that none of it may
// be shown, not even the first characters that tell two keys apart.
type Span struct {
	Start, End int
	Whole      bool
}

// Find returns the spans of text that are credentials by their shape alone:
// known key formats, the token after "Bearer", URL userinfo, the values of
// key-like URL parameters, and long random-looking strings. It scans runs of
// token characters once, and runs an expression only where its marker is.
func Find(text string) []Span {
	var out []Span
	add := func(a, b int) {
		if b > a && !Shown(text[a:b]) {
			out = append(out, Span{a, b, false})
		}
	}
	for i := 0; i < len(text); {
		if !isTokenByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isTokenByte(text[j]) {
			j++
		}
		run := text[i:j]
		if n, _, ok := shapeOf(run); ok {
			add(i, i+n)
		} else if len(run) >= 20 && looksRandom(run) {
			add(i, j)
		}
		i = j
	}
	if strings.Contains(text, "@") {
		for _, m := range userinfo.get().FindAllStringSubmatchIndex(text, -1) {
			// user:password@ shows nothing, the user name included; a bare
			// user@ is hidden only when it looks like a token (a host name
			// there is what baseuri-host reports).
			if ui := text[m[2]:m[3]]; strings.Contains(ui, ":") || LooksLikeCredential(ui) {
				out = append(out, Span{m[2], m[3], true})
			}
		}
	}
	if strings.ContainsAny(text, "?&") {
		for _, m := range urlSecretParam.get().FindAllStringSubmatchIndex(text, -1) {
			add(m[2], m[3])
		}
	}
	if lower := asciiLower(text); strings.Contains(lower, "bearer") || strings.Contains(lower, "basic") || strings.Contains(lower, "token") {
		for _, m := range bearerValue.get().FindAllStringSubmatchIndex(text, -1) {
			v := text[m[2]:m[3]]
			if len(v) >= 16 || strings.IndexFunc(v, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				add(m[2], m[3]) // a short word is not a token: "the token placeholder" stays readable
			}
		}
	}
	return out
}

// LooksLikeCredential reports whether s as a whole has the shape of a
// credential: a known key format, or a long random-looking token.
func LooksLikeCredential(s string) bool {
	s = strings.TrimSpace(s)
	if rest, ok := cutScheme(s); ok {
		s = rest
	}
	if len(s) > maxCredential {
		return false
	}
	// The byte scan first: it rules out most values (URLs, model ids); then
	// the shape, which rules out most of the rest (names, ids); Shown, the
	// costliest, only vetoes what has a credential's shape.
	// The scan also notes whether every byte is a hexadecimal digit:
	// looksRandom rules such ids out (account ids), so it need not look.
	hex := true
	for i := 0; i < len(s); i++ {
		if !isTokenByte(s[i]) {
			return false
		}
		hex = hex && byteClasses[s[i]]&hexDigit != 0
	}
	if n, _, ok := shapeOf(s); ok && n == len(s) {
		return !Shown(s)
	}
	return len(s) >= 20 && !hex && looksRandom(s) && !Shown(s)
}

// looksRandom: mixed letters and digits with the spread of characters of a
// generated token, switching between upper case, lower case and digits as
// often as random characters do. Model ids ("Meta-Llama-3-70B-Instruct-Turbo"),
// words joined by dashes and hexadecimal ids (Cloudflare account ids are not
// secret) do not qualify.
func looksRandom(s string) bool {
	var counts [4]int // by byteClasses' class: other, upper, lower, digit
	var hex, switches, pairs int
	prev := uint8(0)
	for i := 0; i < len(s); i++ {
		k := byteClasses[s[i]]
		class := k & classMask
		counts[class]++
		if k&hexDigit != 0 {
			hex++
		}
		if class != 0 && prev != 0 {
			pairs++
			if class != prev {
				switches++
			}
		}
		prev = class
	}
	upper, lower, digit := counts[1], counts[2], counts[3]
	if hex == len(s) || digit == 0 || upper+lower == 0 || pairs == 0 {
		return false
	}
	switchRate := float64(switches) / float64(pairs)
	if upper > 0 && lower > 0 { // random over 62 characters switches about 60% of the time
		return len(s) >= 20 && switchRate >= 0.45 && entropy(s) >= 3.5
	}
	// one case and digits: random switches about 40% of the time; demand more
	return len(s) >= 32 && switchRate >= 0.3 && entropy(s) >= 4.3
}

// byteClasses classify bytes for looksRandom: the class in the low bits
// (upper case 1, lower case 2, digit 3, other 0), and whether it is a
// hexadecimal digit.
var byteClasses = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = 1
		case c >= 'a' && c <= 'z':
			t[c] = 2
		case c >= '0' && c <= '9':
			t[c] = 3
		}
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			t[c] |= hexDigit
		}
	}
	return t
}()

const classMask, hexDigit = 3, 4

// entropy is the Shannon entropy of s in bits per character.
func entropy(s string) float64 {
	// Summed in a fixed order (ASCII by code, then the rest as first met),
	// so that a value near a threshold is judged the same on every run: a
	// sum over a map would not be.
	var ascii [128]int
	var other map[rune]int
	var order []rune
	n := 0
	for _, r := range s {
		n++
		if r < 128 {
			ascii[r]++
			continue
		}
		if other == nil {
			other = map[rune]int{}
		}
		if other[r] == 0 {
			order = append(order, r)
		}
		other[r]++
	}
	var h float64
	add := func(c int) {
		p := float64(c) / float64(n)
		h -= p * math.Log2(p)
	}
	for _, c := range ascii {
		if c > 0 {
			add(c)
		}
	}
	for _, r := range order {
		add(other[r])
	}
	return h
}

// Shown reports values that cannot be a working credential and that a
// finding needs to show as they are: nothing at all, a ${NAME} reference
// (even an unclosed one) or a bare $NAME, a model id (@cf/…), a literal
// such as null, a short number, one repeated character, and documentation
// stand-ins (sk-******, sk-proj-xxxx…, <token>, {token}, YOUR_API_KEY, …).
func Shown(v string) bool {
	v = strings.TrimSpace(v)
	if rest, ok := cutScheme(v); ok {
		v = rest
	}
	lower := strings.ToLower(v)
	switch {
	case v == "":
		return true
	case strings.HasPrefix(v, "${"):
		return isName(strings.TrimSuffix(v[2:], "}"))
	case lower == "null" || lower == "undefined" || lower == "true" || lower == "false" || lower == "none":
		return true
	case len(v) <= 8 && strings.Trim(v, "0123456789") == "":
		return true
	case strings.Trim(lower, lower[:1]) == "" || IsStandInKey(v):
		return true
	case BareRef(v) != "" || strings.HasPrefix(v, "@cf/") || strings.HasPrefix(v, "@hf/"):
		return true // $NAME is not expanded, and a model id is no key: what a finding is about
	// ASCII set first: ContainsAny with • or … in its set decodes every rune.
	case strings.ContainsAny(v, "*<>{}") || strings.Contains(v, "•") || strings.Contains(v, "…") || strings.Contains(v, "..."):
		return true
	case strings.HasPrefix(lower, "your") || strings.Trim(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-") == "" && len(v) <= 24:
		return true
	}
	return false
}

// BareRef returns NAME when s is exactly "$NAME" without braces, which the
// probe does not expand.
func BareRef(s string) string {
	if len(s) < 2 || s[0] != '$' || !isName(s[1:]) {
		return ""
	}
	return s[1:]
}

// standInPrefixes are the key prefixes documentation writes before a run of
// one character ("sk-proj-xxxxxxxx…", "hf_xxxxxxxx"), longest first.
var standInPrefixes = []string{"sk-proj-", "sk-svcacct-", "sk-admin-", "sk-ant-api03-", "sk-ant-", "sk-or-v1-", "sk-or-",
	"sk-", "hf_", "AIza", "gsk_", "xai-", "pplx-", "r8_", "ghp_", "github_pat_", "glpat-"}

// standInByInitial lists standInPrefixes by their first byte, in order.
var standInByInitial = func() (by [256][]string) {
	for _, p := range standInPrefixes {
		by[p[0]] = append(by[p[0]], p)
	}
	return by
}()

// StandInKeyInitial reports whether a stand-in key may start with byte c:
// IsStandInKey is false for a trimmed value whose first byte is not one.
func StandInKeyInitial(c byte) bool { return len(standInByInitial[c]) > 0 }

// IsStandInKey reports a key prefix followed by a run of one character:
// a documentation stand-in, not a key.
func IsStandInKey(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, p := range standInByInitial[s[0]] { // most values: none

		if rest, ok := strings.CutPrefix(s, p); ok {
			return len(rest) >= 3 && strings.Trim(rest, rest[:1]) == ""
		}
	}
	return false
}

// IsCutKey reports a key prefix with the key's middle cut out ("sk-proj-
// ...Xy9Z", "hf_Ab…9z"), as dashboards list keys: a key copied from such a
// list, not a key.
func IsCutKey(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 || !strings.Contains(s, "...") && !strings.Contains(s, "…") {
		return false
	}
	for _, p := range standInByInitial[s[0]] {
		if strings.HasPrefix(s, p) {
			return !strings.ContainsAny(s, " \t")
		}
	}
	return false
}

func isName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// authScheme is an auth scheme written before a token, with the mistakes
// findings are about ("Bearer:", "bearer  ").
var authScheme = lazyRegexpOf(`^(?i)(?:bearer|basic|token)(?:\s*:\s*|\s+|$)`)

// cutScheme returns what follows an auth scheme at the start of s.
func cutScheme(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	switch s[0] {
	case 'b', 'B', 't', 'T': // the regexp only for these: it spares most values
	default:
		return "", false
	}
	if loc := authScheme.get().FindStringIndex(s); loc != nil {
		return s[loc[1]:], true
	}
	return "", false
}
