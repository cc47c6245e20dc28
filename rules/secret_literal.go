package rules

import (
	"net/url"
	"slices"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
)

// SecretLiteral reports credentials written into the file in plain text.
var SecretLiteral = &Rule{
	ID:       "secret-literal",
	Severity: model.Warning,
	Summary:  "a credential in plain text, in a credential field or in any other",
	Doc: "A settings export committed to a repository with live tokens in it leaks them to everyone who " +
		"can read the repository. Keep a ${ENV_VAR} reference in the committed file and render the real " +
		"value at deploy time (qalint probe reads ${NAME} from the environment). qalint never prints the " +
		"value, only its first characters and length. A credential pasted into a field that is not for " +
		"credentials (a key in model1, a token as the account or the gateway id) is reported too: it is " +
		"recognised by its shape, and masked in every output.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "apiKey": "Vd3pR8sT1uW6xY0zA4bC9eF2gH7jK5mN" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "apiKey": "${CLOUDFLARE_API_TOKEN}" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			strs := re.Strings()
			for i := range strs {
				v := &strs[i] // not copied: most strings are passed over
				key := v.Key()
				if v.Class != resolve.Literal {
					continue
				}
				if !secret.IsSecretKey(key) && (v.TopLevel() || secret.IsHarmlessHeader(key)) {
					misplacedSecret(c, re, v)
					continue
				}
				token, bearer := resolve.CutBearer(v.Text)
				if !looksLikeCredential(token) {
					continue
				}
				ref := "${" + envName(re, key) + "}"
				if bearer && !(v.TopLevel() && key == "apiKey") { // (Qarbine adds "Bearer " to apiKey itself: apikey-bearer)
					ref = "Bearer " + ref
				}
				c.Value(re.Entry, *v, "%s holds what looks like a real credential (%s) in plain text; commit a reference such as %s instead",
					key, secret.Mask(v.Text), model.Quote(ref))
			}
		}
	},
}

// knownTokenPrefixes start the documented key formats.
var knownTokenPrefixes = []string{"sk-", "sk-ant-", "sk-proj-", "hf_", "gsk_", "xai-", "pplx-", "r8_", "AKIA", "AIza", "ghp_", "glpat-"}

// looksLikeCredential: a known key prefix with a body, or a long run of token
// characters mixing letters and digits.
func looksLikeCredential(s string) bool {
	if s == "" {
		return false
	}
	letter, digit := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			letter = true
		case c >= '0' && c <= '9':
			digit = true
		case strings.IndexByte("_-.+/=:~", c) < 0:
			return false // not a token character
		}
	}
	if len(s) >= 12 && slices.ContainsFunc(knownTokenPrefixes, func(p string) bool { return strings.HasPrefix(s, p) }) {
		return true
	}
	return len(s) >= 20 && letter && digit
}

// envName proposes an environment variable name for a secret, the same
// in every rule: ${CF_API_TOKEN} for a Cloudflare entry's apiKey, the
// type's name for another apiKey (${OPENAI_API_KEY}), ${CF_AIG_TOKEN} for
// the gateway token, the alias and key otherwise.
func envName(re *resolve.Entry, key string) string {
	switch {
	case key == "apiKey" && re.Type != nil && re.Type.Models == "workers-ai":
		return "CF_API_TOKEN"
	case key == "apiKey" && re.Type != nil:
		return envWord(re.Type.Name) + "_API_KEY"
	case strings.EqualFold(key, "cf-aig-authorization"):
		return "CF_AIG_TOKEN"
	}
	name := envWord(key)
	switch strings.ToLower(key) {
	case "apikey":
		name = "API_KEY"
	case "authorization":
		name = "TOKEN"
	}
	if a := envWord(re.Alias()); a != "" {
		name = a + "_" + name
	}
	return name
}

// envWord is s as an environment variable name: upper case, _ elsewhere.
func envWord(s string) string {
	return strings.Trim(strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			return r
		}
		return '_'
	}, s), "_")
}

// misplacedSecret reports a credential in a field that is not for one,
// recognised by its shape: the whole value, a segment of a URL's path (such
// as the gateway id), or a value in its query string.
func misplacedSecret(c *Context, re *resolve.Entry, v *resolve.Value) {
	e, key, text := re.Entry, v.Key(), v.Text
	if key == "type" || strings.TrimSpace(text) == "" {
		return
	}
	if secret.LooksLikeCredential(text) {
		c.Value(e, *v, "%s holds what looks like a credential (%s), which is not what %s is for; "+
			"if it is a real key, revoke it and put a ${NAME} reference in the credential field", key, secret.Mask(text), key)
		return
	}
	if !strings.Contains(text, "://") {
		return
	}
	u, ok := parseValueURL(re, *v)
	if !ok {
		return
	}
	// user:password@ is baseuri-host's.
	for rest, more := u.Path, true; more; {
		var seg string
		seg, rest, more = strings.Cut(rest, "/")
		if secret.LooksLikeCredential(seg) {
			c.Value(e, *v, "%s has what looks like a credential (%s) as a path segment; a key pasted as the gateway id "+
				"or the account is sent to the host and logged: if it is a real key, revoke it", key, secret.Mask(seg))
			return
		}
	}
	if u.RawQuery == "" {
		return // no parameters (u.Query would make an empty map)
	}
	// In the order written, so that the same file always names the same
	// parameter (u.Query is a map); pairs split as url.ParseQuery does.
	for _, pair := range strings.Split(u.RawQuery, "&") {
		_, raw, _ := strings.Cut(pair, "=")
		q, err := url.QueryUnescape(raw)
		if err != nil || strings.Contains(pair, ";") {
			continue // what url.ParseQuery drops
		}
		if secret.LooksLikeCredential(q) {
			c.Value(e, *v, "%s has what looks like a credential (%s) in its query string, in plain text; "+
				"if it is a real key, revoke it", key, secret.Mask(q))
			return
		}
	}
}
