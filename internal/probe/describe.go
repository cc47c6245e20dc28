package probe

import (
	"fmt"
	"sort"
	"strings"

	"github.com/qalint/qalint/internal/secret"
)

// Describe renders a planned request as it would go on the wire, with every
// credential masked, for --dry-run.
func Describe(req *Request) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s · %s · %s", req.File, req.Alias, req.Kind)
	switch {
	case req.Skip != "" && req.URL == "":
		fmt.Fprintf(&b, ": skipped: %s\n", req.Skip)
		return req.mask(b.String())
	case req.Skip != "":
		fmt.Fprintf(&b, ": would be skipped: %s", req.Skip)
	case req.Refuse != "":
		fmt.Fprintf(&b, ": refused: %s", req.Refuse)
	}
	fmt.Fprintf(&b, "\n%s %s\n", req.Method, req.URL)
	names := make([]string, 0, len(req.Header))
	for name := range req.Header {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, v := range req.Header[name] {
			if IsSecretHeader(name) { // every header but a short list of known harmless ones
				v = maskHeader(v)
			}
			fmt.Fprintf(&b, "%s: %s\n", name, v)
		}
	}
	fmt.Fprintf(&b, "\n%s\n", req.Body)
	return req.mask(b.String())
}

// maskHeader masks a header value, keeping an auth scheme and ${NAME}
// references readable: "Bearer Tk9v…(32 chars)", "Bearer ${CF_AIG_TOKEN}".
func maskHeader(v string) string {
	if secret.Shown(v) {
		return v
	}
	return secret.Mask(v)
}
