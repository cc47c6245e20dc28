package rules

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/secret"
)

// Helpers for wording messages, shared by the rules.

func suggest(s string, candidates []string) (string, bool) { return catalog.Suggest(s, candidates) }

func joinQuoted(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = model.Quote(s)
	}
	return strings.Join(q, ", ")
}

// aType names an entry type with its article: `a "Cloudflare" entry`, `an "OpenAI" entry`.
func aType(name string) string {
	if name != "" && strings.ContainsRune("AEIOUaeiou", rune(name[0])) {
		return "an " + model.Quote(name) + " entry"
	}
	return "a " + model.Quote(name) + " entry"
}

// quotedURL is a URL as a message quotes it: its user:password@ shows none
// of its characters, the user name included, and any other credential in
// it (?api_key=…) is masked.
func quotedURL(s string) string {
	if scheme := strings.Index(s, "://"); scheme >= 0 {
		host := scheme + 3
		end := len(s)
		if i := strings.IndexAny(s[host:], "/?#"); i >= 0 {
			end = host + i
		}
		if at := strings.LastIndexByte(s[host:end], '@'); at >= 0 {
			s = s[:host] + fmt.Sprintf("…(%d chars)", utf8.RuneCountInString(s[host:host+at])) + s[host+at:]
		}
	}
	for _, v := range secret.InURLs(s) {
		s = strings.ReplaceAll(s, v, secret.Mask(v))
	}
	return s
}

// suggestedURL is a URL a message suggests as a base URI: without
// user:password@, a query, a fragment or a trailing slash, none of which
// belongs in one (baseuri-host and baseuri-suffix report each; a
// suggestion that kept one had the other rule report it again, and one
// that kept user:password@ carried a credential back), and quoted as
// quotedURL quotes what remains.
func suggestedURL(s string) string {
	if u, err := url.Parse(s); err == nil && u.Host != "" {
		u.User, u.RawQuery, u.ForceQuery, u.Fragment, u.RawFragment = nil, "", false, "", ""
		u.Path, u.RawPath = strings.TrimRight(u.Path, "/"), strings.TrimRight(u.RawPath, "/")
		s = u.String()
	}
	return quotedURL(s)
}
