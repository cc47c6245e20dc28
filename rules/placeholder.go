package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
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
	Bad:    `{ "type": "Cloudflare", "alias": "cf", "account": "1234567890ABC", "apiKey": "sk-******", "baseURI1": "https://gateway.ai.cloudflare.com/v1/ACCOUNT/GATEWAY/workers-ai" }`,
	Good:   `{ "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/workers-ai" }`,
	Blocks: true,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			strs := re.Strings()
			for i := range strs {
				p := &strs[i] // not copied: most strings are passed over
				if key := p.Key(); p.TopLevel() && (key == "type" || key == "alias") {
					continue
				}
				if p.Class != resolve.Placeholder && !strings.Contains(p.Text, "://") && secret.BareRef(strings.TrimSpace(p.Text)) == "" {
					continue // most values: what follows says nothing about them
				}
				v := *p
				if v.Class == resolve.Placeholder {
					// A stand-in is not a secret: quote it, unless it holds
					// something shaped like a real token ("<sk-…>").
					if secret.IsSecretKey(v.Key()) && secret.MaskTokens(v.Text) != v.Text {
						c.Value(re.Entry, v, "%s still holds a documentation placeholder (%s): put %s", v.Key(), v.Stand, instead(c, re, v))
						continue
					}
					c.Value(re.Entry, v, "%s still holds the documentation's placeholder %s (%s): put %s", v.Key(), model.Quote(v.Text), v.Stand, instead(c, re, v))
					continue
				}
				if name := secret.BareRef(strings.TrimSpace(v.Text)); name != "" {
					c.Mild(model.Warning, re.Entry, v, "%s is $%s, which qalint's probe does not expand (only ${NAME} is): write ${%s}, or render the file with envsubst", v.Key(), name, name)
					continue
				}
				if !strings.Contains(v.Text, "://") {
					continue // not a URL; most values are not
				}
				if u, ok := parseValueURL(re, v); ok && u.Host != "" {
					// Hosts are case-insensitive: GATEWAY.AI.CLOUDFLARE.COM is
					// the gateway, not the stand-in GATEWAY (u.host is lower case).
					// Every stand-in at once: ACCOUNT and GATEWAY are usually
					// both left in, and one run must name both.
					if parts := placeholdersInURL(u.host, u.segs); len(parts) == 1 {
						c.Value(re.Entry, v, "%s still holds the template placeholder %s (%s): put %s there", v.Key(), model.Quote(parts[0].text), parts[0].what, urlPart(parts[0].text))
					} else if len(parts) > 1 {
						var named, puts []string
						same := true
						for _, p := range parts {
							named = append(named, model.Quote(p.text))
							puts = append(puts, fmt.Sprintf("%s in place of %s", urlPart(p.text), model.Quote(p.text)))
							same = same && p.what == parts[0].what
						}
						what := ""
						if same {
							what = " (" + strings.Replace(parts[0].what, "stand-in", "stand-ins", 1) + ")"
						}
						c.Value(re.Entry, v, "%s still holds the template placeholders %s%s: put %s", v.Key(), strings.Join(named, " and "), what, strings.Join(puts, ", and "))
					}
				}
			}
		}
	},
}

type urlPlaceholder struct{ text, what string }

// placeholdersInURL lists the stand-ins among a URL's host labels and path
// segments, each once, at most maxURLPlaceholders.
func placeholdersInURL(host string, segs []string) []urlPlaceholder {
	var out []urlPlaceholder
	add := func(s string) {
		if len(out) == maxURLPlaceholders || slices.ContainsFunc(out, func(p urlPlaceholder) bool { return p.text == s }) {
			return
		}
		if what, ok := resolve.PlaceholderKind(s); ok {
			out = append(out, urlPlaceholder{s, what})
		}
	}
	for rest, more := host, true; more; {
		var label string
		label, rest, more = strings.Cut(rest, ".")
		add(label)
	}
	for _, s := range segs {
		add(s)
	}
	return out
}

// maxURLPlaceholders bounds one message on a hostile URL of many segments.
const maxURLPlaceholders = 4

// instead says what a field should hold, in the user's terms.
func instead(c *Context, re *resolve.Entry, v resolve.Value) string {
	return insteadFor(c, re, v.Key())
}

// insteadFor says what the field key should hold, in the user's terms.
func insteadFor(c *Context, re *resolve.Entry, key string) string {
	cloudflare := re.Type != nil && re.Type.Models == "workers-ai"
	switch {
	case key == "account":
		return "the 32-character hexadecimal Account ID from the Cloudflare dashboard (Account home, or the id in dash.cloudflare.com/<id>)"
	case key == "apiKey" && cloudflare:
		return "a Cloudflare API token with Workers AI permission, best as a reference: \"${CF_API_TOKEN}\""
	case key == "apiKey":
		return "the provider's API key, best as a reference such as \"${" + envName(re, key) + "}\""
	case strings.EqualFold(key, "cf-aig-authorization"):
		return "\"Bearer \" and the AI Gateway token from the gateway's settings, best as \"Bearer ${CF_AIG_TOKEN}\""
	case key == "model1" || key == "model2":
		if id := suggestedModel(c, re, key); id != "" {
			return "a model id, such as " + model.Quote(id)
		}
		return "the provider's model id"
	case strings.HasPrefix(key, "baseURI"):
		return "the real base URI: https://gateway.ai.cloudflare.com/v1/<32-character hexadecimal account id>/<gateway id>/<provider>"
	}
	return "your own value"
}

// suggestedModel is the type's default model for key or, when that one is
// retired, its replacement; "" when the type has none.
func suggestedModel(c *Context, re *resolve.Entry, key string) string {
	if re.Type == nil {
		return ""
	}
	id := re.Type.Defaults[key]
	if m := c.Cat.Models[id]; m != nil && m.Deprecated != "" && m.Replacement != "" {
		id = m.Replacement
	}
	return id
}

// urlPart says what replaces a stand-in inside a URL.
func urlPart(part string) string {
	switch strings.ToUpper(strings.Trim(part, "{}<>")) {
	case "ACCOUNT", "ACCOUNT_ID", "ACCOUNTID", "ACCOUNT-ID":
		return "the 32-character hexadecimal Account ID from the Cloudflare dashboard"
	case "GATEWAY", "GATEWAY_ID", "GATEWAYID", "GATEWAY-ID":
		return "your gateway's id (AI > AI Gateway in the Cloudflare dashboard)"
	}
	return "your own value"
}
