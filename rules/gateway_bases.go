package rules

import (
	"github.com/qalint/qalint/internal/resolve"
)

// gatewayBases are the written base URIs on Cloudflare's gateway host whose
// path has the right shape: the rules that read its parts stay quiet about
// a broken one, which gateway-path reports.
func gatewayBases(re *resolve.Entry) []*resolve.Base {
	var out []*resolve.Base
	for _, b := range re.Bases() {
		if b.OnCloudflareGateway && b.GatewayProblem == "" && b.Gateway != nil {
			out = append(out, b)
		}
	}
	return out
}
