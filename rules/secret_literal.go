package rules

import (
	"regexp"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
)

// SecretLiteral reports credentials written into the file in plain text.
var SecretLiteral = &Rule{
	ID:       "secret-literal",
	Severity: model.Warning,
	Summary:  "an apiKey or token that looks like a real credential in plain text",
	Doc: "A settings export committed to a repository with live tokens in it leaks them to everyone who " +
		"can read the repository. Keep a ${ENV_VAR} reference in the committed file and render the real " +
		"value at deploy time (qalint probe reads ${NAME} from the environment). qalint never prints the " +
		"value, only its first characters and length.",
	Bad:  `{ "type": "Cloudflare", "alias": "cf", "apiKey": "Vd3pR8sT1uW6xY0zA4bC9eF2gH7jK5mN" }`,
	Good: `{ "type": "Cloudflare", "alias": "cf", "apiKey": "${CLOUDFLARE_API_TOKEN}" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for _, v := range re.Strings() {
				key := v.Key()
				if !secret.IsSecretKey(key) || v.Class != resolve.Literal {
					continue
				}
				token, bearer := resolve.CutBearer(v.Text)
				if !looksLikeCredential(token) {
					continue
				}
				ref := "${" + envName(re.Alias(), key) + "}"
				if bearer {
					ref = "Bearer " + ref
				}
				c.Value(re.Entry, v, "%s holds what looks like a real credential (%s) in plain text; commit a reference such as %s instead",
					key, secret.Mask(v.Text), model.Quote(ref))
			}
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
