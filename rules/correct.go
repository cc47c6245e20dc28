package rules

import (
	"net/url"
	"strings"

	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/resolve"
)

// correctBase is the whole base URI with every correction qalint is sure
// of applied at once (https, what Qarbine appends itself taken out, the
// gateway path put in shape), so that the rules reporting on one base URI
// all quote the same value and one edit resolves them all. "" when the
// value is not a URL qalint can take apart.
func correctBase(c *Context, re *resolve.Entry, b *resolve.Base) string {
	if b == nil || b.URL == nil {
		return ""
	}
	modelID := ""
	for _, r := range re.Requests {
		if r.Base == b && modelID == "" {
			modelID = r.Model.Text
		}
	}
	s, _ := correctedBase(b.Value.Text, modelID)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return s
	}
	if !strings.EqualFold(u.Scheme, "https") && !(strings.EqualFold(u.Scheme, "http") && gateway.IsLoopback(b.Host)) {
		u.Scheme = "https"
	}
	if b.OnCloudflareGateway {
		if fixed := gatewayPathFix(c, re, u); fixed != nil {
			u = fixed
		}
	}
	return u.String()
}
