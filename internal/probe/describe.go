package probe

import (
	"fmt"
	"github.com/qalint/qalint/internal/untrusted"
	"sort"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
)

// Describe renders a planned request as it would go on the wire, with every
// credential masked, for --dry-run; first, as # lines, what the resolver
// reasoned (the same facts check judged).
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
	b.WriteByte('\n')
	describeResolved(&b, req.Resolved)
	fmt.Fprintf(&b, "%s %s\n", req.Method, req.URL)
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

// describeResolved writes the resolver's facts: where the URL comes from,
// who answers, the model and where each credential comes from.
func describeResolved(b *strings.Builder, rr *resolve.Request) {
	if rr == nil {
		return
	}
	from := "the default endpoint of the type"
	if rr.Base != nil && rr.Base.Key != "" {
		from = rr.Base.Key
	}
	inferred := ""
	if rr.Route != nil && rr.Route.Inferred {
		inferred = ", qalint's reading: Qarbine does not document it for this type"
	}
	fmt.Fprintf(b, "#   url: %s + the path Qarbine appends (calling convention %s%s)\n", from, routeName(rr), inferred)
	if rr.Base != nil && rr.Base.Key != "" {
		if raw := strings.TrimSpace(rr.Base.Value.Text); strings.HasSuffix(raw, "/") || strings.ContainsAny(raw, "?#") {
			fmt.Fprintf(b, "#   note: %s ends in / or has a query string; qalint assumes Qarbine joins it and its path as strings (not documented), and sends exactly that\n", rr.Base.Key)
		}
	}
	s := rr.Service
	switch {
	case s.Gateway != nil:
		fmt.Fprintf(b, "#   via: AI Gateway, account %s, gateway %s, provider %s\n", s.Gateway.Account.Text, s.Gateway.ID.Text, model.Quote(s.Gateway.Provider.Text))
		switch {
		case s.Upstream != "":
			note := ""
			if s.DoubledV1 {
				note = " (the provider has no such URL)"
			}
			if s.Unverified != "" {
				note += " (unverified: " + s.Unverified + ")"
			}
			fmt.Fprintf(b, "#   forwarded to: %s%s\n", s.Upstream, note)
		case s.Unverified != "":
			fmt.Fprintf(b, "#   forwarded to: not settled (%s)\n", s.Unverified)
		}
	case s.Name != "":
		fmt.Fprintf(b, "#   service: %s\n", s.Name)
	}
	m := rr.Model
	how := m.Key()
	if m.Default {
		how += " not set: the type's default"
	}
	how += workersAILabel(m)
	fmt.Fprintf(b, "#   model: %s (%s)\n", model.Quote(m.Text), how)
	for _, c := range rr.Credentials {
		fmt.Fprintf(b, "#   %s: from %s\n", c.Header, c.Value.Path())
	}
}

// workersAILabel says what the model is to Workers AI, as model-unknown
// judges it: the service may be Workers AI while the id is not one of its.
func workersAILabel(m resolve.Model) string {
	switch {
	case !m.WorkersAI:
		return ""
	case m.Catalog != nil:
		return "; a Workers AI model"
	case !strings.HasPrefix(m.Text, "@cf/") && !strings.HasPrefix(m.Text, "@hf/"):
		return "; the service is Workers AI, but this is not a Workers AI model id"
	}
	return "; for Workers AI, not in qalint's model catalogue"
}

func routeName(rr *resolve.Request) string {
	if rr.Route == nil {
		return "unknown"
	}
	return rr.Route.Name
}

// DryRun is one request as `probe --dry-run --format json` shows it,
// credentials masked as Describe masks them.
type DryRun struct {
	File    string              `json:"file"`
	Alias   string              `json:"alias"`
	Kind    Kind                `json:"kind"`
	Outcome string              `json:"outcome"`          // would-send, would-skip, refused, skipped
	Reason  string              `json:"reason,omitempty"` // why it would not be sent
	Method  string              `json:"method,omitempty"`
	URL     string              `json:"url,omitempty"`
	Headers map[string][]string `json:"headers,omitempty"`
	Body    string              `json:"body,omitempty"`
}

// DescribeJSON is Describe as data.
func DescribeJSON(req *Request) DryRun {
	d := DryRun{File: req.File, Alias: req.mask(untrusted.Clean(req.Alias)), Kind: req.Kind, Outcome: "would-send"}
	switch {
	case req.Skip != "" && req.URL == "":
		d.Outcome, d.Reason = "skipped", req.mask(req.Skip)
		return d
	case req.Skip != "":
		d.Outcome, d.Reason = "would-skip", req.mask(req.Skip)
	case req.Refuse != "":
		d.Outcome, d.Reason = "refused", req.mask(req.Refuse)
	}
	d.Method, d.URL, d.Body = req.Method, req.mask(req.URL), req.mask(string(req.Body))
	d.Headers = map[string][]string{}
	for name, vs := range req.Header {
		for _, v := range vs {
			if IsSecretHeader(name) {
				v = maskHeader(v)
			}
			d.Headers[name] = append(d.Headers[name], req.mask(v))
		}
	}
	return d
}
