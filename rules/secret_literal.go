package rules

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/qalint/qalint/internal/model"
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
		"credentials (a key in model1, a token as the account or the gateway id, a password in a base URI's " +
		"user:password@) is reported too: it is recognised by its shape, and masked in every output.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "apiKey": "Vd3pR8sT1uW6xY0zA4bC9eF2gH7jK5mN" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "apiKey": "${CLOUDFLARE_API_TOKEN}" }`,
	Check: func(c *Context) {
		for _, e := range c.Entries() {
			stringFields(e, func(key string, f model.Field) {
				inHeaders := strings.HasPrefix(f.Path, "headers.")
				if !secret.IsSecretKey(key) && !(inHeaders && !secret.IsHarmlessHeader(key)) {
					misplacedSecret(c, e, key, f)
					return
				}
				v := f.Node.Text
				if skipValue(v) || !looksLikeCredential(bearerless(v)) {
					return
				}
				ref := "${" + envName(e.Alias(), key) + "}"
				if bearerless(v) != v {
					ref = "Bearer " + ref
				}
				c.Field(e, f, "%s holds what looks like a real credential (%s) in plain text; commit a reference such as %s instead",
					key, secret.Mask(v), model.Quote(ref))
			})
		}
	},
}

var (
	knownTokenPrefix = regexp.MustCompile(`^(sk-|sk-ant-|sk-proj-|hf_|gsk_|xai-|pplx-|r8_|AKIA|AIza|ghp_|glpat-)`)
	tokenChars       = regexp.MustCompile(`^[A-Za-z0-9_\-.+/=:~]+$`)
	hasLetter        = regexp.MustCompile(`[A-Za-z]`)
	hasDigit         = regexp.MustCompile(`[0-9]`)
)

// looksLikeCredential: a known key prefix with a body, or a long run of token
// characters mixing letters and digits.
func looksLikeCredential(s string) bool {
	if !tokenChars.MatchString(s) {
		return false
	}
	if knownTokenPrefix.MatchString(s) && len(s) >= 12 {
		return true
	}
	return len(s) >= 20 && hasLetter.MatchString(s) && hasDigit.MatchString(s)
}

// envName proposes an environment variable name for a secret.
func envName(alias, key string) string {
	up := func(s string) string {
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
	name := up(key)
	switch strings.ToLower(key) {
	case "apikey":
		name = "API_KEY"
	case "cf-aig-authorization":
		name = "CF_AIG_TOKEN"
	case "authorization":
		name = "TOKEN"
	}
	if a := up(alias); a != "" {
		name = a + "_" + name
	}
	return name
}

// misplacedSecret reports a credential in a field that is not for one,
// recognised by its shape: the whole value, a URL's user:password@, or a
// segment of a URL's path (such as the gateway id).
func misplacedSecret(c *Context, e *model.Entry, key string, f model.Field) {
	v := f.Node.Text
	if key == "type" || skipValue(v) {
		return
	}
	if secret.LooksLikeCredential(v) {
		c.Field(e, f, "%s holds what looks like a credential (%s), which is not what %s is for; "+
			"if it is a real key, revoke it and put a ${NAME} reference in the credential field", key, secret.Mask(v), key)
		return
	}
	if !strings.Contains(v, "://") {
		return
	}
	u, err := url.Parse(strings.TrimSpace(v))
	if err != nil {
		return
	}
	if u.User != nil {
		if _, hasPassword := u.User.Password(); hasPassword {
			c.Field(e, f, "%s carries a user name and password (user:password@) in plain text, where logs and error messages "+
				"show them (qalint probe never sends them): put the credential in a header from a ${NAME} reference instead", key)
			return
		}
	}
	for _, seg := range strings.Split(u.Path, "/") {
		if secret.LooksLikeCredential(seg) {
			c.Field(e, f, "%s has what looks like a credential (%s) as a path segment; a key pasted as the gateway id "+
				"or the account is sent to the host and logged: if it is a real key, revoke it", key, secret.Mask(seg))
			return
		}
	}
	for _, vs := range u.Query() {
		for _, q := range vs {
			if secret.LooksLikeCredential(q) {
				c.Field(e, f, "%s has what looks like a credential (%s) in its query string, in plain text; "+
					"if it is a real key, revoke it", key, secret.Mask(q))
				return
			}
		}
	}
}
