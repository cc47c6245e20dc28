// Package secret recognises and masks credentials. It is a leaf package so
// that every part that shows text, the reader included, masks where it quotes.
package secret

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// secretWords are the parts of field and header names that carry credentials.
var secretWords = []string{"apikey", "api_key", "api-key", "token", "secret", "password", "authorization", "credential"}

// IsSecretKey reports whether a field or header named key holds a credential.
func IsSecretKey(key string) bool {
	switch key { // the fields most entries have, answered as the search below would
	case "type", "alias", "account", "model1", "model2", "baseURI1", "baseURI2", "headers":
		return false
	case "apiKey":
		return true
	}
	return hasSecretWordIn(key)
}

// hasSecretWordIn is IsSecretKey without the shortcut: whether key,
// lower-cased, holds a secret word.
func hasSecretWordIn(key string) bool {
	var buf [64]byte
	lower, ok := lowerASCII(buf[:0], key)
	if !ok { // long or not ASCII: Unicode lower-casing (K, the Kelvin sign, is a k)
		lower = []byte(strings.ToLower(key))
	}
	for i, c := range lower { // one pass: only the words starting with c can start at i
		for _, w := range secretWordsByInitial[c] {
			if bytes.HasPrefix(lower[i:], []byte(w)) {
				return true
			}
		}
	}
	return false
}

// secretWordsByInitial lists secretWords by their first byte.
var secretWordsByInitial = func() (by [256][]string) {
	for _, w := range secretWords {
		by[w[0]] = append(by[w[0]], w)
	}
	return by
}()

// lowerASCII appends s lower-cased to dst when s is ASCII and fits in
// dst's capacity (a key usually does, so lower-casing it allocates
// nothing); ok is false otherwise.
func lowerASCII(dst []byte, s string) ([]byte, bool) {
	if len(s) > cap(dst)-len(dst) {
		return dst, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst, false
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// harmlessHeaders are the request headers known to carry no credential:
// their values are shown by probe --dry-run. Any other header is treated as
// a credential, whatever its name (Cookie, X-Auth-Key,
// Ocp-Apim-Subscription-Key, …).
var harmlessHeaders = []string{
	"content-type", "accept", "user-agent", "anthropic-version", "anthropic-beta",
	"cf-aig-cache-ttl", "cf-aig-skip-cache", "cf-aig-cache-key", "cf-aig-request-timeout",
	"cf-aig-max-attempts", "cf-aig-retry-delay", "cf-aig-backoff", "cf-aig-collect-log",
}

// IsHarmlessHeader reports whether a header is known to carry no credential.
func IsHarmlessHeader(name string) bool {
	return slices.Contains(harmlessHeaders, strings.ToLower(strings.TrimSpace(name)))
}

// EnvRef returns the variable name when s is exactly "${NAME}", NAME being
// a shell variable name.
func EnvRef(s string) (string, bool) {
	if len(s) < 4 || s[:2] != "${" || s[len(s)-1] != '}' {
		return "", false
	}
	name := s[2 : len(s)-1]
	for i, r := range name {
		if !(r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || i > 0 && r >= '0' && r <= '9') {
			return "", false
		}
	}
	return name, true
}

// Mask hides a credential while keeping enough to tell two apart:
// "Qx7v…(40 chars)". Short values show no characters at all. A "Bearer "
// prefix and ${NAME} references are not secret and stay readable.
func Mask(s string) string {
	if _, ok := EnvRef(s); ok {
		return s
	}
	if rest, ok := CutBearer(s); ok {
		return s[:len(s)-len(rest)] + Mask(rest)
	}
	n := utf8.RuneCountInString(s)
	if n < 16 {
		return fmt.Sprintf("…(%d chars)", n)
	}
	return fmt.Sprintf("%s…(%d chars)", string([]rune(s)[:4]), n)
}

// MaskInPlace hides a credential but keeps its length in characters, so that
// a source line shown with a caret still lines up: "Qx7v••••••…".
func MaskInPlace(s string) string {
	if _, ok := EnvRef(s); ok {
		return s
	}
	prefix := ""
	if rest, ok := CutBearer(s); ok {
		prefix, s = s[:len(s)-len(rest)], rest
		if _, ok := EnvRef(s); ok {
			return prefix + s
		}
	}
	r := []rune(s)
	keep := 0
	if len(r) >= 16 {
		keep = 4
	}
	for i := keep; i < len(r); i++ {
		r[i] = '•'
	}
	return prefix + string(r)
}

// maskValueInPlace hides a credential field's value unless it is one a
// finding must show (see Shown); an auth scheme in front stays readable,
// with the mistakes findings point at ("Bearer:").
func maskValueInPlace(v string) string {
	if Shown(v) {
		return v
	}
	prefix := ""
	if rest, ok := cutScheme(v); ok {
		prefix, v = v[:len(v)-len(rest)], rest
		if Shown(trimEscapedBreaks(v)) { // "Bearer ${CF_AIG_TOKEN}", also before "\n\" (a template's line break, quoted by fix)
			return prefix + v
		}
	}
	return prefix + bullets(v)
}

// trimEscapedBreaks drops the escaped line breaks and line continuations
// (\n, \r, \t, a lone \) and spaces that end v.
func trimEscapedBreaks(v string) string {
	for {
		switch {
		case strings.HasSuffix(v, `\n`), strings.HasSuffix(v, `\r`), strings.HasSuffix(v, `\t`):
			v = v[:len(v)-2]
		case strings.HasSuffix(v, `\`), strings.HasSuffix(v, " "):
			v = v[:len(v)-1]
		default:
			return v
		}
	}
}

// CutBearer returns what follows a leading "Bearer " (any case, spaces
// after it skipped), a suffix of s; ok is false without one. The one place
// that knows the prefix: the resolver and the prober use it too.
func CutBearer(s string) (rest string, ok bool) {
	if len(s) > 7 && strings.EqualFold(s[:7], "bearer ") {
		return strings.TrimLeft(s[7:], " "), true
	}
	return "", false
}

// secretOnLine finds `key: value` pairs whose key names a credential, in any
// of the quoting styles the reader accepts, so that a source line can be
// shown without its secret even when the file could not be read.
var secretOnLine = lazyRegexpOf("(?i)([\"'`“”‘’]?[a-z0-9_-]*(?:api[-_]?key|token|secret|password|authorization|credential)[a-z0-9_-]*[\"'`“”‘’]?\\s*[:=]\\s*[\"'`“”‘’„]?)((?:\\$\\{[A-Za-z0-9_]*\\}|[^\"'`“”‘’,}&\\r\\n])*)")

// MaskLine hides credential values on one source line, keeping its length in
// characters so that a caret under a column still points at the same place:
// values of credential keys, and credentials inside URLs.
func MaskLine(line string) string {
	if !hasSecretWord(line) {
		return maskURLs(line) // the expression is slow on a long line; most lines name no credential
	}
	line = secretOnLine.get().ReplaceAllStringFunc(line, func(m string) string {
		sub := secretOnLine.get().FindStringSubmatch(m)
		value := strings.TrimRight(sub[2], " \t")
		trail := sub[2][len(value):]
		return sub[1] + maskValueInPlace(value) + trail
	})
	return maskURLs(line)
}

func maskURLs(line string) string {
	for _, v := range InURLs(line) {
		line = strings.ReplaceAll(line, v, MaskInPlace(v))
	}
	return line
}

// hasSecretWord reports whether s contains a word that names a credential.
func hasSecretWord(s string) bool {
	lower := asciiLower(s)
	for _, w := range []string{"api", "token", "secret", "password", "authorization", "credential"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// urlPassword and urlSecretParam find credentials inside URLs: the password
// of user:password@host, and the values of query parameters named like keys.
var (
	urlPassword    = lazyRegexpOf("://[^/\\s:@\"'`“”]+:([^@/\\s\"'`“”]+)@")
	urlSecretParam = lazyRegexpOf("(?i)[?&][a-z0-9_.-]*(?:key|token|secret|password|sig|signature|auth)[a-z0-9_.-]*=([^&#\\s\"'`“”]+)")
)

// InURLs returns the credentials found inside URLs in s, for masking.
func InURLs(s string) []string {
	if !strings.Contains(s, "://") && !strings.ContainsAny(s, "?&") {
		return nil
	}
	var out []string
	for _, re := range []*lazyRegexp{urlPassword, urlSecretParam} {
		for _, m := range re.get().FindAllStringSubmatch(s, -1) {
			if _, isRef := EnvRef(m[1]); !isRef {
				out = append(out, m[1])
			}
		}
	}
	return out
}

// credentialToken matches runs that could be a credential: long, and made of
// the characters API tokens use.
var credentialToken = lazyRegexpOf(`[A-Za-z0-9_\-]{20,}`)

// MaskTokens masks every credential-shaped run in free text, such as a parse
// error that quotes the source. It errs on the side of masking.
func MaskTokens(s string) string {
	return credentialToken.get().ReplaceAllStringFunc(s, func(tok string) string {
		if strings.IndexFunc(tok, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 ||
			strings.IndexFunc(tok, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) < 0 {
			return tok
		}
		return Mask(tok)
	})
}
