package rules

import (
	"github.com/qalint/qalint/internal/resolve"
)

// bases are the base URIs an entry writes (baseURI1, baseURI2), each once
// although both kinds may use baseURI1: the URI rules judge what is written.
func bases(re *resolve.Entry) []*resolve.Base {
	var out []*resolve.Base
	seen := map[string]bool{}
	for _, r := range re.Requests {
		if b := r.Base; b != nil && b.Key != "" && !seen[b.Key] {
			seen[b.Key] = true
			out = append(out, b)
		}
	}
	return out
}

// gatewayBases are the written base URIs on Cloudflare's gateway host whose
// path has the right shape: the rules that read its parts stay quiet about
// a broken one, which gateway-path reports.
func gatewayBases(re *resolve.Entry) []*resolve.Base {
	var out []*resolve.Base
	for _, b := range bases(re) {
		if b.OnCloudflareGateway && b.GatewayProblem == "" && b.Gateway != nil {
			out = append(out, b)
		}
	}
	return out
}
