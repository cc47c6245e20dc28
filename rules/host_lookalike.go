package rules

import (
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// HostLookalike reports a host that imitates a known provider host.
var HostLookalike = &Rule{
	ID:       "host-lookalike",
	Severity: model.Error,
	Summary:  "a host that resembles a known provider host but is not it",
	Doc: "A typo in a host (gateway.ai.cloudfare.com, api.openai.co) or a look-alike character sends the " +
		"API key and gateway token to whoever owns that name. qalint compares each base URI host, and its " +
		"registered domain (by the public-suffix list: api.openai.co.uk is under openai.co.uk), with the known " +
		"provider hosts, and flags hosts within a couple of typing errors of one, the same name under another " +
		"suffix, hosts that only begin with a known host (api.openai.com.evil-proxy.net) and look-alike letters " +
		"from other scripts, punycode (xn--) decoded first. Hosts compare case-insensitively, a trailing dot ignored.",
	Bad:    `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudfare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }`,
	Good:   `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai" }`,
	Blocks: true,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			for _, b := range re.Bases() {
				if b.URL == nil {
					continue
				}
				if plain := ideographicDots.Replace(b.Host); plain != b.Host && c.Cat.IsKnownHost(resolve.NormalHost(plain)) {
					// gateway．ai．cloudflare．com: a browser and Node map these
					// dots to plain ones, so Qarbine reaches the real host, but
					// other tools (and qalint's probe) do not (outside tester).
					u := *b.URL
					u.User, u.Host = nil, resolve.NormalHost(plain)
					if p := b.URL.Port(); p != "" {
						u.Host += ":" + p
					}
					c.Value(re.Entry, b.Value, "%s: host %s is %s written with full-width or ideographic dots: write plain dots, set %s to %s",
						b.Key, model.Quote(b.Host), model.Quote(resolve.NormalHost(plain)), b.Key, suggestedURL(u.String()))
					continue
				}
				if like, ok := lookalike(c.Cat, b.Host, b.Unicode); ok {
					shown := model.Quote(b.Host)
					if b.Unicode != b.Host {
						shown += " (" + model.Quote(b.Unicode) + ")"
					}
					u := *b.URL
					if fixed, err := url.Parse(correctBase(c, re, b)); err == nil && fixed.Host != "" {
						u = *fixed
					}
					u.User, u.Host = nil, like
					if p := b.URL.Port(); p != "" {
						u.Host += ":" + p
					}
					c.Value(re.Entry, b.Value, "%s: host %s looks like %s but is not it; credentials would go to a stranger: if you meant %s, set %s to %s",
						b.Key, shown, model.Quote(like), model.Quote(like), b.Key, suggestedURL(u.String()))
				}
			}
		}
	},
}

// lookalike returns the known host that host (ASCII, normalised) or its
// Unicode form imitates, if any.
func lookalike(cat *catalog.Catalog, host, unicode string) (string, bool) {
	if host == "" || cat.IsKnownHost(host) || net.ParseIP(host) != nil || gateway.IsLoopback(host) { // the known hosts first: most are
		return "", false
	}
	folded := foldConfusables(unicode)
	for _, known := range cat.Hosts {
		if folded == known || strings.HasPrefix(host, known+".") {
			return known, true
		}
		if d := catalog.Distance(host, known); d > 0 && d <= 2 {
			return known, true
		}
	}
	base := registered(resolve.NormalHost(folded))
	name, suffix := splitRegistered(base)
	// Several known hosts share a registered domain (api.cloudflare.com,
	// gateway.ai.cloudflare.com): name the one the whole host is nearest to.
	best, bestD := "", -1
	for _, known := range cat.Hosts {
		kb := registered(known)
		if base == kb {
			continue
		}
		kname, ksuffix := splitRegistered(kb)
		similar := len(kname) >= 5 && kname == name && ksuffix != suffix // openai.co.uk for openai.com
		if !similar && len(kb) >= 6 {
			limit := 2
			if len(kb) < 10 {
				limit = 1
			}
			d := catalog.Distance(base, kb)
			similar = d > 0 && d <= limit
		}
		if d := catalog.Distance(folded, known); similar && (bestD < 0 || d < bestD) {
			best, bestD = known, d
		}
	}
	return best, best != ""
}

// registered is a host's registered domain by the public-suffix list
// (api.openai.co.uk → openai.co.uk); the host itself when it has none.
func registered(host string) string {
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

// splitRegistered cuts a registered domain into its name and public suffix.
func splitRegistered(domain string) (name, suffix string) {
	name, suffix, _ = strings.Cut(domain, ".")
	return name, suffix
}

// confusables maps letters from other scripts that look like Latin ones.
var confusables = strings.NewReplacer(
	"а", "a", "е", "e", "о", "o", "р", "p", "с", "c", "у", "y", "х", "x", "і", "i", "ј", "j", "ѕ", "s",
	"ԁ", "d", "ɡ", "g", "һ", "h", "ӏ", "l", "ո", "n", "ս", "u", "ν", "v", "ο", "o", "α", "a", "ı", "i",
)

func foldConfusables(host string) string { return confusables.Replace(host) }

// ideographicDots are the dots IDNA maps to a plain one (full-width,
// ideographic, half-width ideographic).
var ideographicDots = strings.NewReplacer("\uFF0E", ".", "\u3002", ".", "\uFF61", ".")
