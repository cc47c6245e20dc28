package rules

import (
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// GatewayAuth reports a cf-aig-authorization value that is not "Bearer <token>".
var GatewayAuth = &Rule{
	ID:       "gateway-auth",
	Severity: model.Error,
	Summary:  "a cf-aig-authorization value that is not \"Bearer <token>\"",
	Doc: "An authenticated AI Gateway wants the header cf-aig-authorization: Bearer <Cloudflare API token>. " +
		"A bare token, \"Bearer:\" with a colon, or an empty value makes the gateway answer 401 (code 2009). " +
		"qalint checks the value whether it is an entry key or sits in a \"headers\" object, as Qarbine's " +
		"documentation does not settle which.",
	Bad:    `{ "type": "OpenAI", "alias": "gpt", "cf-aig-authorization": "${CF_AIG_TOKEN}" }`,
	Good:   `{ "type": "OpenAI", "alias": "gpt", "cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}" }`,
	Blocks: true,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			v := re.GatewayAuth
			if !v.Present() || v.Class == resolve.NotString || v.Class == resolve.Placeholder {
				continue
			}
			if msg := bearerProblem(v.Text); msg != "" {
				c.Value(re.Entry, v, "cf-aig-authorization %s", msg)
			}
		}
	},
}

// isBearerToken reports whether v is "Bearer " and one token: what the
// expression ^Bearer [^\s]+$ matches (\s: tab, newline, form feed,
// carriage return and space; no other character holds those bytes).
func isBearerToken(v string) bool {
	token, ok := strings.CutPrefix(v, "Bearer ")
	return ok && token != "" && strings.IndexAny(token, "\t\n\f\r ") < 0
}

func bearerProblem(v string) string {
	switch {
	case isBearerToken(v):
		return ""
	case strings.TrimSpace(v) == "":
		return "is empty; the gateway answers 401: write \"Bearer <token>\""
	case strings.HasPrefix(strings.ToLower(v), "bearer:"):
		return "has a colon after Bearer: write \"Bearer <token>\", a space and no colon"
	case strings.EqualFold(strings.TrimSpace(v), "bearer"):
		return "has no token after Bearer: write \"Bearer \" and the AI Gateway token, e.g. \"Bearer ${CF_AIG_TOKEN}\""
	case len(v) > 7 && strings.EqualFold(v[:7], "bearer ") && !strings.HasPrefix(v, "Bearer "):
		return "must start with \"Bearer \" written so (capital B, then one space)"
	case strings.HasPrefix(v, "Bearer ") && isBearerToken(strings.TrimRight(v, " \t\r\n")):
		return "ends in a line break or spaces, which are part of the value: end the string right after the token"
	case strings.HasPrefix(v, "Bearer "):
		return "must be \"Bearer \" and one token, without extra spaces or words"
	}
	return "is not \"Bearer <token>\"; it looks like a bare token: put \"Bearer \" in front"
}
