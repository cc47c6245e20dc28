package rules

import (
	"slices"
	"strconv"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// AccountID reports a Cloudflare account id of the wrong form.
var AccountID = &Rule{
	ID:       "account-id",
	Severity: model.Error,
	Summary:  "a Cloudflare account that is not 32 hex characters",
	Doc: "A Cloudflare account id is 32 lower-case hexadecimal characters (the dashboard's \"Account ID\", " +
		"not the account name or e-mail). Anything else makes every Workers AI call fail with code 7003 " +
		"\"Could not route\".",
	Bad:    `{ "type": "Cloudflare", "alias": "cf", "account": "my-company" }`,
	Good:   `{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef" }`,
	Blocks: true,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			if re.Type == nil || !slices.Contains(re.Type.Fields, "account") {
				continue
			}
			if v := re.Account; v.Judge() && !resolve.IsAccountID(v.Text) {
				c.Value(re.Entry, v, "%s", accountProblem(v.Text))
			}
		}
	},
}

// copyAccountID says where the account id is, in the dashboard's terms.
const copyAccountID = "copy the Account ID from the Cloudflare dashboard (Account home, or the id in dash.cloudflare.com/<id>), not the account name or e-mail"

func accountProblem(s string) string {
	switch {
	case resolve.IsHex32(s, true):
		return "the Cloudflare account id must be lower-case hex: write " + model.Quote(strings.ToLower(s))
	case len(s) != 32:
		return "a Cloudflare account id is 32 hex characters; this one has " + strconv.Itoa(len([]rune(s))) + ": " + copyAccountID
	}
	return "a Cloudflare account id is 32 hex characters (0-9, a-f); this one has others: " + copyAccountID
}
