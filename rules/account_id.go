package rules

import (
	"github.com/qalint/qalint/internal/model"
	"slices"
)

// AccountID reports a Cloudflare account id of the wrong form.
var AccountID = &Rule{
	ID:       "account-id",
	Severity: model.Error,
	Summary:  "a Cloudflare account that is not 32 hex characters",
	Doc: "A Cloudflare account id is 32 lower-case hexadecimal characters (the dashboard's \"Account ID\", " +
		"not the account name or e-mail). Anything else makes every Workers AI call fail with code 7003 " +
		"\"Could not route\".",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "account": "my-company" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef" }`,
	Check: func(c *Context) {
		for _, e := range c.Entries() {
			t := typeOf(c, e)
			if t == nil || !slices.Contains(t.Fields, "account") {
				continue
			}
			s, f, ok := e.Str("account")
			if !ok || skipValue(s) || isAccountID(s) {
				continue
			}
			c.Field(e, f, "%s", accountProblem(s))
		}
	},
}

// isAccountID: 32 lower-case hex characters.
func isAccountID(s string) bool { return isHex32(s, false) }

func isHex32(s string, upperToo bool) bool {
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

func accountProblem(s string) string {
	switch {
	case isHex32(s, true):
		return "the Cloudflare account id must be lower-case hex"
	case len(s) != 32:
		return "a Cloudflare account id is 32 hex characters; this one has " + itoa(len([]rune(s)))
	}
	return "a Cloudflare account id is 32 hex characters (0-9, a-f); this one has others"
}
