package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/secret"
)

// Placeholder reports template values left in from documentation.
var Placeholder = &Rule{
	ID:       "placeholder",
	Severity: model.Error,
	Summary:  "a template value left in (ACCOUNT, GATEWAY, xxx, sk-******, {token}, <…>)",
	Doc: "Qarbine's documentation shows entries with stand-ins: \"account\": \"1234567890ABC\", \"apiKey\": " +
		"\"sk-******\", \"model1\": \"xxx\", gateway URLs with ACCOUNT and GATEWAY, and `Bearer {token}`. " +
		"Left in, they fail at run time with a 401 or a 404. qalint looks in every field, in URL hosts and path " +
		"segments, and after \"Bearer \". A ${NAME} environment reference is never a placeholder. Other rules " +
		"stay quiet about a value this rule reports.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "account": "1234567890ABC", "apiKey": "sk-******", "baseURI1": "https://gateway.ai.cloudflare.com/v1/ACCOUNT/GATEWAY/workers-ai" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai" }`,
	Check: func(c *Context) {
		for _, e := range c.Entries() {
			stringFields(e, func(key string, f model.Field) {
				if key == "type" || key == "alias" {
					return
				}
				value := f.Node.Text
				if what, ok := placeholderKind(bearerless(value)); ok {
					if secret.IsSecretKey(key) {
						c.Field(e, f, "%s is a template placeholder (%s), not a real value", key, what)
					} else {
						c.Field(e, f, "%s is a template placeholder (%s: %s), not a real value", key, what, model.Quote(value))
					}
					return
				}
				if !strings.Contains(value, "://") {
					return // not a URL; most values are not
				}
				if u, ok := gateway.ParseBase(value); ok {
					if part, what, found := placeholderInURL(u.Hostname(), gateway.Split(u)); found {
						c.Field(e, f, "%s still holds the template placeholder %s (%s): put your own value there", key, model.Quote(part), what)
					}
				}
			})
		}
	},
}

// Stand-ins copied from documentation, as exact values.
var (
	upperStandIns = set("ACCOUNT", "GATEWAY", "ACCOUNT_ID", "GATEWAY_ID", "ACCOUNT-ID", "GATEWAY-ID", "TOKEN", "API_KEY", "APIKEY", "MODEL")
	standInWords  = set("todo", "tbd", "fixme", "changeme", "change-me", "change_me", "replaceme", "replace-me", "replace_me",
		"placeholder", "dummy", "example", "redacted", "...", "…")
)

func set(ss ...string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// placeholderKind says which stand-in s is, if it is one: a run of x, y or
// z; masked asterisks; a <…> or {…} slot; the documentation's upper-case
// stand-ins; a "your …" name; sequential digits; a stand-in word. ${NAME}
// references are never placeholders. Written without regular expressions:
// it runs on every string of every entry.
func placeholderKind(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if _, ok := secret.EnvRef(s); ok {
		return "", false
	}
	lower := strings.ToLower(s)
	switch {
	case len(s) >= 3 && strings.Trim(lower, string(lower[0])) == "" && strings.ContainsRune("xyz", rune(lower[0])):
		return "a run of x, y or z", true
	case strings.Contains(s, "***") || strings.Contains(s, "•••"):
		return "masked asterisks", true
	case len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' && !strings.ContainsAny(s[1:len(s)-1], "<>"):
		return "a <…> slot", true
	case len(s) >= 2 && s[0] == '{' && s[len(s)-1] == '}' && !strings.ContainsAny(s[1:len(s)-1], "{}"):
		return "a {…} slot", true
	case upperStandIns[s]:
		return "the documentation's upper-case stand-in", true
	case strings.HasPrefix(lower, "your") && yourName(lower[4:]):
		return "a \"your …\" stand-in", true
	case strings.Contains(s, "1234567890") || (len(s) >= 8 && strings.Trim(s, "0") == ""):
		return "sequential digits from the documentation", true
	case standInWords[lower]:
		return "a stand-in word", true
	}
	return "", false
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

func isPlaceholder(s string) bool { _, ok := placeholderKind(bearerless(s)); return ok }

// placeholderInURL looks for a stand-in among a URL's host labels and path
// segments.
func placeholderInURL(host string, segs []string) (part, what string, ok bool) {
	for _, s := range append(strings.Split(host, "."), segs...) {
		if what, ok := placeholderKind(s); ok {
			return s, what, true
		}
	}
	return "", "", false
}

// bearerless strips a leading "Bearer " so that the token is judged alone.
func bearerless(s string) string {
	if len(s) > 7 && strings.EqualFold(s[:7], "bearer ") {
		return strings.TrimSpace(s[7:])
	}
	return s
}

// skipValue reports whether value-checking rules should leave s alone: it is
// a placeholder (reported by placeholder) or an environment reference.
func skipValue(s string) bool {
	if _, ok := secret.EnvRef(strings.TrimSpace(s)); ok {
		return true
	}
	return isPlaceholder(s)
}
