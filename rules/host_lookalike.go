package rules

import (
	"net"
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
)

// HostLookalike reports a host that imitates a known provider host.
var HostLookalike = &Rule{
	ID:       "host-lookalike",
	Severity: model.Error,
	Summary:  "a host that resembles a known provider host but is not it",
	Doc: "A typo in a host (gateway.ai.cloudfare.com, api.openai.co) or a look-alike character sends the " +
		"API key and gateway token to whoever owns that name. qalint compares each base URI host, and its " +
		"registered domain, with the known provider hosts, and flags hosts within a couple of typing errors " +
		"of one, hosts that only begin with a known host (api.openai.com.evil-proxy.net) and look-alike letters " +
		"from other scripts.",
	Bad:  `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudfare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }`,
	Good: `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }`,
	Check: func(c *Context) {
		for _, e := range c.Entries() {
			for _, ep := range c.endpoints(e) {
				if like, ok := lookalike(c.Cat, ep.url.Hostname()); ok {
					c.Field(e, ep.field, "%s: host %s looks like %s but is not it; credentials would go to a stranger",
						ep.key, model.Quote(ep.url.Hostname()), model.Quote(like))
				}
			}
		}
	},
}

// lookalike returns the known host that host imitates, if any.
func lookalike(cat *catalog.Catalog, host string) (string, bool) {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" || net.ParseIP(host) != nil || gateway.IsLoopback(host) || cat.IsKnownHost(host) {
		return "", false
	}
	folded := foldConfusables(host)
	for _, known := range cat.Hosts {
		if folded == known || strings.HasPrefix(host, known+".") {
			return known, true
		}
		if d := catalog.Distance(host, known); d > 0 && d <= 2 {
			return known, true
		}
	}
	base := registered(host)
	for _, known := range cat.Hosts {
		kb := registered(known)
		if len(kb) < 6 || base == kb {
			continue
		}
		limit := 2
		if len(kb) < 10 {
			limit = 1
		}
		if d := catalog.Distance(base, kb); d > 0 && d <= limit {
			return known, true
		}
	}
	return "", false
}

// registered is the last two labels of a host, its registered domain for
// the provider hosts qalint knows.
func registered(host string) string {
	labels := strings.Split(host, ".")
	if len(labels) <= 2 {
		return host
	}
	return strings.Join(labels[len(labels)-2:], ".")
}

// confusables maps letters from other scripts that look like Latin ones.
var confusables = strings.NewReplacer(
	"а", "a", "е", "e", "о", "o", "р", "p", "с", "c", "у", "y", "х", "x", "і", "i", "ј", "j", "ѕ", "s",
	"ԁ", "d", "ɡ", "g", "һ", "h", "ӏ", "l", "ո", "n", "ս", "u", "ν", "v", "ο", "o", "α", "a", "ı", "i",
)

func foldConfusables(host string) string { return confusables.Replace(host) }
