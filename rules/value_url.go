package rules

import (
	"net/url"
	"strings"

	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/resolve"
)

// valueURL is a string value read as a URL: url.Parse of its trimmed text
// and, when it has a host, the host as hosts compare and the path's
// segments. A base URI the resolver parsed is not parsed again.
type valueURL struct {
	*url.URL
	host string
	segs []string
}

// parseValueURL parses v, an entry's string value; ok is false when it is
// not a URL (url.Parse fails).
func parseValueURL(re *resolve.Entry, v resolve.Value) (u valueURL, ok bool) {
	if v.TopLevel() && v.Node != nil {
		for _, b := range re.Bases() {
			// The resolver parsed the same trimmed text; it keeps a URL only
			// when it has a host.
			if b.Value.Node == v.Node && b.Value.Text == v.Text && b.URL != nil {
				return valueURL{b.URL, b.Host, b.Segs}, true
			}
		}
	}
	parsed, err := url.Parse(strings.TrimSpace(v.Text))
	if err != nil {
		return u, false
	}
	u.URL = parsed
	if parsed.Host != "" {
		u.host, u.segs = resolve.NormalHost(parsed.Hostname()), gateway.Split(parsed)
	}
	return u, true
}
