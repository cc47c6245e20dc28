package rules

import (
	"iter"

	"github.com/qalint/qalint/internal/resolve"
)

// gatewayBases are the written base URIs on Cloudflare's gateway host whose
// path has the right shape: the rules that read its parts stay quiet about
// a broken one, which gateway-path reports.
func gatewayBases(re *resolve.Entry) iter.Seq[*resolve.Base] {
	return func(yield func(*resolve.Base) bool) {
		for _, b := range re.Bases() {
			if b.OnCloudflareGateway && b.GatewayProblem == "" && b.Gateway != nil && !yield(b) {
				return
			}
		}
	}
}
