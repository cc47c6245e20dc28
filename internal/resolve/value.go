package resolve

import (
	"strings"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/secret"
)

// Class says what kind of value a field holds.
type Class uint8

const (
	Absent      Class = iota // the field is not there (a default may apply)
	Literal                  // a value to judge as written
	Reference                // a ${NAME} environment reference, resolved at deploy or probe time
	Placeholder              // a documentation stand-in left in (ACCOUNT, xxx, sk-******)
	NotString                // present, but not a string: the schema rule reports it
)

// Value is one value an entry gives (or a default it falls back to), with
// the node it came from so that a finding on it has the user's line:col.
type Value struct {
	Text    string
	Node    *reader.Node // the field's value; nil when absent or a default
	Field   string       // the key: "apiKey", or a header's name
	Parent  string       // "headers" for a header; "" for a top-level field
	Stand   string       // for a Placeholder: which stand-in it is
	Class   Class
	Default bool // not written: the type's default
}

// Present reports whether the entry writes this value.
func (v Value) Present() bool { return v.Node != nil }

// Judge reports whether value rules should look at v: a literal that is
// not empty. Placeholders are the placeholder rule's, references are not
// known until deploy time.
func (v Value) Judge() bool { return v.Class == Literal && strings.TrimSpace(v.Text) != "" }

// Key is the field's name: "apiKey", or a header's name.
func (v Value) Key() string { return v.Field }

// Path is where the value sits below the entry, dotted: "headers.cf-aig-authorization".
func (v Value) Path() string {
	if v.Parent != "" {
		return v.Parent + "." + v.Field
	}
	return v.Field
}

// TopLevel reports whether the value is an entry key, not inside "headers".
func (v Value) TopLevel() bool { return v.Parent == "" }

// Pointer is the JSON pointer of the value within the entries array.
func (v Value) Pointer(e *model.Entry) string {
	if v.Parent != "" {
		return e.Pointer(v.Parent, v.Field)
	}
	return e.Pointer(v.Field)
}

// classify reads the node's text and classifies it as written; expand,
// when set, then substitutes ${NAME} references in the text (the probe's
// environment).
func (v *Value) classify(expand func(string) string) {
	if v.Node.Kind != reader.String {
		v.Class = NotString
		return
	}
	v.Text = v.Node.Text
	v.Class, v.Stand = Classify(v.Text)
	if expand != nil && strings.Contains(v.Text, "${") {
		v.Text = expand(v.Text)
	}
}

// Classify says whether s is a ${NAME} reference, a placeholder (and which
// stand-in), or a literal. A "Bearer " prefix is looked through.
func Classify(s string) (Class, string) {
	t := strings.TrimSpace(s)
	if _, ok := secret.EnvRef(t); ok {
		return Reference, ""
	}
	tok := t
	if t != "" && t[0]|0x20 == 'b' { // only B and b fold to b: most values have no "Bearer "
		var had bool
		if tok, had = CutBearer(t); had {
			if _, ok := secret.EnvRef(tok); ok {
				return Reference, ""
			}
		}
	}
	if what, ok := placeholderKind(tok); ok {
		return Placeholder, what
	}
	return Literal, ""
}

// CutBearer strips a leading "Bearer " (any case) so that the token is
// judged alone; had says whether there was one. s itself comes back when
// there is none.
func CutBearer(s string) (token string, had bool) {
	if rest, ok := secret.CutBearer(s); ok {
		return strings.TrimSpace(rest), true
	}
	return s, false
}

// Stand-ins copied from documentation, as exact values; the longest of
// each kind bounds what is looked up.
const maxUpperStandIn, maxStandInWord = len("ACCOUNT_ID"), len("placeholder")

var (
	upperStandIns = set("ACCOUNT", "GATEWAY", "ACCOUNT_ID", "GATEWAY_ID", "ACCOUNT-ID", "GATEWAY-ID", "TOKEN", "API_KEY", "APIKEY", "MODEL")
	standInWords  = list("todo", "tbd", "fixme", "changeme", "change-me", "change_me", "replaceme", "replace-me", "replace_me",
		"placeholder", "dummy", "example", "redacted", "...", "…")
)

// standInWordsByInitial lists the stand-in words by their first byte,
// lower case: an ASCII letter ORed with 0x20 is its lower case; '.'
// (0x2E) and the first byte of "…" (0xE2) are unchanged by it.
var standInWordsByInitial = func() (by [256][]string) {
	for _, w := range standInWords {
		by[w[0]] = append(by[w[0]], w)
	}
	return by
}()

// standInWordLengths are, by initial, the lengths of the stand-in words
// as bits: an ASCII value of another length is none of them (lower-casing
// keeps its length), whatever its initial.
var standInWordLengths = func() (by [256]uint64) {
	for _, w := range standInWords {
		by[w[0]] |= 1 << len(w)
	}
	return by
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func list(ss ...string) []string { return ss }

// isOneOf is slices.Contains for a short list of words of different
// lengths: a map lookup hashes s first, this compares lengths.
func isOneOf(s string, words []string) bool {
	for _, w := range words {
		if len(w) == len(s) && w == s {
			return true
		}
	}
	return false
}

func set(ss ...string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// PlaceholderKind says which stand-in s is, if it is one: a run of x, y or
// z; masked asterisks; a <…> or {…} slot; the documentation's upper-case
// stand-ins; a "your …" name; sequential digits; a stand-in word. ${NAME}
// references are never placeholders. Written without regular expressions
// and without lower-casing s up front: it runs on every string of every
// entry, and most strings are ruled out by their first byte or length.
func PlaceholderKind(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if _, ok := secret.EnvRef(s); ok {
		return "", false
	}
	return placeholderKind(s)
}

// placeholderKind is PlaceholderKind of a trimmed s that is not a ${NAME}
// reference.
func placeholderKind(s string) (string, bool) {
	if s == "" || cannotBePlaceholder(s) {
		return "", false
	}
	return anyPlaceholderKind(s)
}

// cannotBePlaceholder rules out a trimmed s that no case of
// anyPlaceholderKind matches, by what each case needs of its first, second
// and last bytes and its length, and by a search for the bytes of masks
// and sequential digits: most values, which then cost a few comparisons
// rather than every test in turn.
func cannotBePlaceholder(s string) bool {
	n, c := len(s), s[0]
	l, last := c|0x20, s[n-1] // l: c lower-cased if a letter
	switch {
	case (l == 'x' || l == 'y' || l == 'z') && last|0x20 == l: // a run of x, y or z
		return false
	case n >= 4 && secret.StandInKeyInitial(c) && (last >= utf8.RuneSelf || last == s[n-2] && last == s[n-3]): // a key prefix and a run
		return false
	case n >= 6 && n <= 64 && secret.StandInKeyInitial(c) && (strings.Contains(s, "...") || strings.Contains(s, "…")): // a key cut short
		return false
	case c == '<' && last == '>' || c == '{' && last == '}':
		return false
	case n >= 2 && n <= maxUpperStandIn && isUpper(s[1]) && isUpper(last):
		return false
	case n >= 4 && l == 'y' && s[1]|0x20 == 'o': // "your"
		return false
	case c == '0' && last == '0' || n <= 2*len("1234567890") && strings.IndexByte(s, '1') >= 0: // sequential digits
		return false
	case n <= 3*maxStandInWord && standInWordLengths[l]&(1<<n) != 0 || n <= 3*maxStandInWord && len(standInWordsByInitial[l]) > 0 && !isASCII(s):
		return false
	}
	return strings.IndexByte(s, '*') < 0 && strings.IndexByte(s, "•"[0]) < 0 // masked
}

// anyPlaceholderKind is placeholderKind of a non-empty s without the
// shortcut.
func anyPlaceholderKind(s string) (string, bool) {
	if len(s) > 1024 { // stand-ins are short: only look for the masked or sequential parts, without copying
		switch {
		case isMasked(s):
			return "masked asterisks", true
		}
		return "", false
	}
	switch {
	case len(s) >= 3 && isRunOfXYZ(s):
		return "a run of x, y or z", true
	case isMasked(s):
		return "masked asterisks", true
	case secret.IsStandInKey(s):
		return "a key prefix followed by a run of one character", true
	case secret.IsCutKey(s):
		return "a key with its middle cut out, as a dashboard lists keys: copy the whole key when it is created", true
	case len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' && !strings.ContainsAny(s[1:len(s)-1], "<>"):
		return "a <…> slot", true
	case len(s) >= 2 && s[0] == '{' && s[len(s)-1] == '}' && !strings.ContainsAny(s[1:len(s)-1], "{}"):
		return "a {…} slot", true
	case len(s) <= maxUpperStandIn && len(s) >= 2 && isUpper(s[1]) && isUpper(s[len(s)-1]) && upperStandIns[s]: // their second and last are capitals
		return "the documentation's upper-case stand-in", true
	case len(s) >= 4 && hasYourPrefix(s) && yourName(strings.ToLower(s)[4:]):
		return "a \"your …\" stand-in", true
	// The digits must be most of the value ("1234567890ABC"): a real key
	// may hold them by chance.
	case len(s) <= 2*len("1234567890") && strings.IndexByte(s, '1') >= 0 && strings.Contains(s, "1234567890") ||
		(len(s) >= 8 && s[0] == '0' && strings.Trim(s, "0") == ""):
		return "sequential digits from the documentation", true
	case isStandInWord(s):
		return "a stand-in word", true
	}
	return "", false
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// isMasked reports asterisks or bullets in a row: "sk-***", "••••". A
// byte search rules out most values before a substring search.
func isMasked(s string) bool {
	return strings.IndexByte(s, '*') >= 0 && strings.Contains(s, "***") ||
		strings.IndexByte(s, "•"[0]) >= 0 && strings.Contains(s, "•••")
}

// isRunOfXYZ reports whether s, lower-cased, is one of x, y or z repeated.
// No character but X, Y and Z lower-cases to them, so bytes do.
func isRunOfXYZ(s string) bool {
	c := s[0] | 0x20
	if c != 'x' && c != 'y' && c != 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i]|0x20 != c {
			return false
		}
	}
	return true
}

// isStandInWord reports whether s, lower-cased, is a stand-in word. Most
// values are ruled out without lower-casing them: lower-casing shrinks a
// character by at most two bytes (K, the Kelvin sign, to k), and only ASCII
// letters lower-case to the letters the words start with. A short ASCII
// value is lower-cased on the stack.
func isStandInWord(s string) bool {
	words := standInWordsByInitial[s[0]|0x20]
	if len(s) > 3*maxStandInWord || len(words) == 0 {
		return false
	}
	var buf [maxStandInWord]byte
	lower := buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || len(lower) == len(buf) {
			return isOneOf(strings.ToLower(s), standInWords)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower = append(lower, c)
	}
	return isOneOf(string(lower), words) // no copy: the compiler compares the bytes
}

// hasYourPrefix reports whether s, lower-cased, starts with "your". Only
// ASCII letters lower-case to y, o, u and r.
func hasYourPrefix(s string) bool {
	for i := 0; i < 4; i++ {
		if s[i]|0x20 != "your"[i] {
			return false
		}
	}
	return true
}

// yourName accepts what may follow "your" in a stand-in: an optional
// separator, then letters, digits, - and _.
func yourName(rest string) bool {
	if rest != "" && strings.ContainsRune("-_ ", rune(rest[0])) {
		rest = rest[1:]
	}
	for _, r := range rest {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// IsAccountID reports whether s is a Cloudflare account id: 32 lower-case
// hex characters.
func IsAccountID(s string) bool { return IsHex32(s, false) }

// IsHex32 reports whether s is 32 hex characters, upper case allowed or not.
func IsHex32(s string, upperToo bool) bool {
	if len(s) != 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || upperToo && c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// IsGatewayID: lower-case letters, digits and -, at most 64.
func IsGatewayID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
