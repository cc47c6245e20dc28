package rules

import (
	"regexp"
	"strings"

	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
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
					if model.IsSecretKey(key) {
						c.Field(e, f, "%s is a template placeholder (%s), not a real value", key, what)
					} else {
						c.Field(e, f, "%s is a template placeholder (%s: %s), not a real value", key, what, model.Quote(value))
					}
					return
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

type placeholderPattern struct {
	re   *regexp.Regexp
	what string
}

// placeholderPatterns match a whole value, a URL path segment or a host label.
var placeholderPatterns = []placeholderPattern{
	{regexp.MustCompile(`^(?i:x{3,}|y{3,}|z{3,})$`), "a run of x, y or z"},
	{regexp.MustCompile(`\*{3,}|•{3,}`), "masked asterisks"},
	{regexp.MustCompile(`^<[^<>]*>$`), "a <…> slot"},
	{regexp.MustCompile(`^\{[^{}]*\}$`), "a {…} slot"},
	{regexp.MustCompile(`^(ACCOUNT|GATEWAY|ACCOUNT_ID|GATEWAY_ID|ACCOUNT-ID|GATEWAY-ID|TOKEN|API_KEY|APIKEY|MODEL)$`), "the documentation's upper-case stand-in"},
	{regexp.MustCompile(`^(?i:your[-_ ]?[a-z0-9_-]*)$`), "a \"your …\" stand-in"},
	{regexp.MustCompile(`1234567890|^0{8,}$`), "sequential digits from the documentation"},
	{regexp.MustCompile(`^(?i:todo|tbd|fixme|changeme|change[-_]me|replace[-_]?me|placeholder|dummy|example|redacted|\.\.\.|…)$`), "a stand-in word"},
}

// placeholderKind says which stand-in s is, if it is one. ${NAME} references
// are never placeholders.
func placeholderKind(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if _, ok := model.EnvRef(s); ok {
		return "", false
	}
	for _, p := range placeholderPatterns {
		if p.re.MatchString(s) {
			return p.what, true
		}
	}
	return "", false
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
	if _, ok := model.EnvRef(strings.TrimSpace(s)); ok {
		return true
	}
	return isPlaceholder(s)
}
