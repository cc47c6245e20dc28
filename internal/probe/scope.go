package probe

import (
	"maps"
	"net"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
)

// Credentials are scoped to their owner. A probe's request carries up to two
// kinds of credential, and each may go only to its owner's hosts:
//
//   - cf-aig-authorization is a Cloudflare API token for the AI Gateway: it
//     goes to Cloudflare's gateway host only;
//   - every other header that is not on the short list of known non-secret
//     headers (secret.IsHarmlessHeader) carries the entry's service key (apiKey,
//     Authorization, x-api-key, api-key, custom headers): it goes to the
//     hosts of the entry's type (its base host and its gateway providers'
//     hosts) or, through the gateway, to one of the type's gateway
//     providers. A Cloudflare entry's key goes to Cloudflare's API only.
//     A key whose shape names its vendor (sk-ant-, sk-proj-, hf_, AIza, AKIA,
//     sk-or-) goes to that vendor only, whatever the type says and whatever
//     header carries it, harmless ones included. The key of a type the
//     embedded catalogue does not know goes nowhere (but --allow-host). An
//     OpenAI-style type may also reach Workers AI (Cloudflare's API, or the
//     gateway's workers-ai provider) with a key that is not sk-…: its
//     OpenAI-compatible routes take a Cloudflare API token.
//
// Hosts under a shared-hosting domain (*.openai.azure.com, *.amazonaws.com,
// *.googleapis.com, *.cognitiveservices.azure.com) are names anyone can
// create, so no suffix is trusted: such a host, like any other, needs
// --allow-host, which sends the entry's credentials to the host named.
// URL userinfo (user:password@) is never sent and never shown.

// IsSecretHeader reports whether a header's value is masked and scoped:
// every header but a short list of known harmless ones.
func IsSecretHeader(name string) bool { return !secret.IsHarmlessHeader(name) }

// vendorProviders maps the vendor a key's shape names to the gateway
// provider slugs that are that vendor.
var vendorProviders = map[string][]string{
	"openai": {"openai"}, "anthropic": {"anthropic"}, "huggingface": {"huggingface"},
	"google": {"google-ai-studio", "google-vertex-ai"}, "aws": {"aws-bedrock"}, "openrouter": {"openrouter"},
}

const cloudflareOwner = "cloudflare" // Workers AI through Cloudflare's API

// scope records every value the request carries from the entry's ${NAME}
// references and URL userinfo as secrets, removes the userinfo from the
// URL, and says why the request's credentials must not go where it points,
// or "" when they may.
// The planner's catalogue (_) is not consulted: see below.
func scope(req *Request, e *model.Entry, _ *catalog.Catalog, opts Options) string {
	recordSecrets(req, e, opts)
	u, err := url.Parse(req.URL)
	if err != nil || u.Host == "" {
		return "not an absolute URL"
	}
	if u.User != nil {
		req.secrets = append(req.secrets, u.User.String())
		u.User = nil // never sent: Go would turn it into an Authorization header
		req.URL = u.String()
	}
	host := resolve.NormalHost(u.Hostname())
	switch strings.ToLower(u.Scheme) {
	case "https":
	case "http":
		if !gateway.IsLoopback(host) {
			return "plain http:// to " + host + " would send the credentials in clear; only loopback hosts may use http"
		}
	default:
		return "scheme " + u.Scheme + " is not http(s)"
	}
	if allowedByFlag(u, opts) {
		return ""
	}
	// Owners and their hosts come from the embedded catalogue only: types
	// added or changed in .qalint.yaml sit in the same repository as the
	// settings, and must not widen where credentials go (--allow-host does).
	cat := catalog.Default()
	dest := destinationOf(u, cat, opts)
	if dest.name == "" {
		return unknownHost(u, cat)
	}
	t := cat.Types[e.Type()]
	for _, name := range slices.Sorted(maps.Keys(req.Header)) { // the first refusal, in a stable order
		for _, v := range req.Header[name] {
			if strings.EqualFold(name, "cf-aig-authorization") && !dest.gateway && strings.TrimSpace(v) != "" {
				// The gateway's token, whatever it looks like (even a short
				// test value), is for the gateway alone; no hint to override.
				return "cf-aig-authorization holds a Cloudflare API token for the AI Gateway; " + dest.name + " is not the gateway; nothing was sent"
			}
			for _, cred := range credentialsIn(name, v) {
				if why := dest.refuses(name, cred, t, cat); why != "" {
					return why + "; nothing was sent (--allow-host " + u.Host + " sends it anyway)"
				}
			}
		}
	}
	return ""
}

// credentialsIn are the credentials a header value carries: the whole value
// of a header not known to be harmless, and in any header, harmless or not,
// every piece that has a credential's shape. A key whose shape names its
// vendor is scoped to that vendor whatever header carries it; the list of
// harmless headers only decides whether a value without a shape counts.
func credentialsIn(name, v string) []string {
	if secret.Shown(v) {
		return nil
	}
	var out []string
	if IsSecretHeader(name) || secret.LooksLikeCredential(v) {
		out = append(out, v)
	}
	for _, sp := range secret.Find(v) {
		if piece := v[sp.Start:sp.End]; piece != v {
			out = append(out, piece)
		}
	}
	return out
}

// recordSecrets adds to the request's secrets every value an ${NAME}
// reference in the entry expands to, whichever field it sits in. In the
// fields that name things (type, alias, models, account, base URIs) only
// what has a credential's shape counts: a model id or a URL from the
// environment is not secret, and masking it would hide what a result is
// about.
func recordSecrets(req *Request, e *model.Entry, opts Options) {
	var walk func(n *reader.Node, key string)
	walk = func(n *reader.Node, key string) {
		switch {
		case n == nil:
		case n.Kind == reader.String:
			for _, m := range envReference.FindAllStringSubmatch(n.Text, -1) {
				v := opts.Getenv(m[1])
				switch {
				case v == "":
				case !namingFields[key]:
					req.secrets = append(req.secrets, v)
				case secret.LooksLikeCredential(v):
					req.secrets = append(req.secrets, v)
				default:
					req.secrets = append(req.secrets, secret.InURLs(v)...)
				}
			}
		case n.Kind == reader.Object:
			for i := range n.Members {
				walk(n.Members[i].Value, n.Members[i].Key)
			}
		case n.Kind == reader.Array:
			for _, it := range n.Items {
				walk(it, key)
			}
		}
	}
	walk(e.Node, "")
	for name, vs := range req.Header {
		for _, v := range vs {
			if IsSecretHeader(name) || secret.LooksLikeCredential(v) {
				token, _ := resolve.CutBearer(v)
				req.secrets = append(req.secrets, token)
			}
		}
	}
}

// namingFields hold names and addresses, not credentials.
var namingFields = map[string]bool{"type": true, "alias": true, "model1": true, "model2": true, "account": true, "baseURI1": true, "baseURI2": true}

var envReference = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

func allowedByFlag(u *url.URL, opts Options) bool {
	// Hosts compare as the resolver compares them: case-insensitively, a trailing dot ignored.
	host := resolve.NormalHost(u.Hostname())
	hostPort := host
	if u.Port() != "" {
		hostPort = net.JoinHostPort(host, u.Port())
	}
	for _, a := range opts.AllowHosts {
		a = strings.ToLower(strings.TrimSpace(a))
		if a == hostPort || (!strings.Contains(a, ":") && a == host) {
			return true
		}
	}
	return false
}

// destination is the service a URL reaches: Cloudflare's API, the AI
// Gateway and the provider behind it, or the services known at the host.
type destination struct {
	name     string   // for messages: the host, or the gateway and its provider
	gateway  bool     // Cloudflare's AI Gateway
	provider string   // the gateway's provider slug
	owners   []string // direct: cloudflareOwner, provider slugs and "type:"+name whose hosts these are
}

func destinationOf(u *url.URL, cat *catalog.Catalog, opts Options) destination {
	host := resolve.NormalHost(u.Hostname())
	if u.Port() != "" && u.Port() != "443" {
		if api, err := url.Parse(opts.CloudflareAPI); err == nil && strings.EqualFold(api.Host, u.Host) {
			return destination{name: u.Host, owners: []string{cloudflareOwner}}
		}
		return destination{}
	}
	if host == gateway.Host {
		if ref, ok := gateway.Parse(u); ok {
			return destination{name: "the AI Gateway's provider " + model.Quote(ref.Provider), gateway: true, provider: ref.Provider}
		}
		return destination{name: host, gateway: true}
	}
	api, err := url.Parse(opts.CloudflareAPI)
	if host == "api.cloudflare.com" || err == nil && strings.EqualFold(api.Hostname(), host) {
		return destination{name: host, owners: []string{cloudflareOwner}}
	}
	var owners []string
	for _, p := range cat.Providers {
		if strings.EqualFold(p.Host, host) {
			owners = append(owners, p.Slug)
		}
	}
	for _, t := range cat.Types {
		if b, err := url.Parse(t.Base); err == nil && strings.EqualFold(b.Hostname(), host) {
			owners = append(owners, "type:"+t.Name)
		}
	}
	if len(owners) == 0 && !slices.Contains(cat.Hosts, host) {
		return destination{}
	}
	return destination{name: host, owners: owners}
}

// refuses says why the credential in header name (value v) of an entry of
// type t must not go to d, or "".
func (d destination) refuses(name, v string, t *catalog.Type, cat *catalog.Catalog) string {
	if strings.EqualFold(name, "cf-aig-authorization") && secret.Vendor(v) == "" {
		if d.gateway {
			return ""
		}
		return "cf-aig-authorization holds a Cloudflare API token for the AI Gateway; " + d.name + " is not the gateway"
	}
	vendor := secret.Vendor(v)
	if t == nil {
		// A type only .qalint.yaml knows sits in the same repository as
		// the settings: it has no owner hosts, whatever its key's shape.
		return name + " carries the key of an entry whose type qalint's own catalogue does not know (a type from .qalint.yaml names no owner); it goes nowhere"
	}
	if strings.EqualFold(name, "cf-aig-authorization") && vendor != "" {
		return name + " carries a key of " + vendor + " (by its shape), but Cloudflare reads that header, not " + vendor
	}
	owners, whose := keyOwners(t)
	if vendor != "" {
		owners, whose = vendorOwners(vendor, cat), "a key of "+vendor+" (by its shape)"
	} else if token, _ := resolve.CutBearer(v); t != nil && t.Route == "openai" && !strings.HasPrefix(token, "sk-") {
		// An OpenAI-style client pointed at Workers AI's OpenAI-compatible
		// routes carries a Cloudflare API token; a key shaped like anyone
		// else's (sk-…) does not go there.
		owners = append(owners, cloudflareOwner, "workers-ai")
	}
	switch {
	case d.gateway && d.provider == "":
		return name + " would go to the AI Gateway without a provider"
	case d.gateway && owners == nil: // a type qalint does not know: the provider is the owner
		return ""
	case d.gateway && slices.Contains(owners, d.provider):
		return ""
	case d.gateway:
		return name + " carries " + whose + "; through the gateway it would reach " + d.name + ", which is not its owner"
	case owners == nil && !slices.Contains(d.owners, cloudflareOwner) && len(d.owners) > 0:
		return ""
	}
	for _, o := range owners {
		if slices.Contains(d.owners, o) {
			return ""
		}
	}
	return name + " carries " + whose + "; " + d.name + " is not one of its owner's hosts"
}

// keyOwners are who an entry's service key belongs to: Cloudflare for a
// Workers AI type, else the type itself and its gateway providers. nil: the
// type is unknown, and so is the owner.
func keyOwners(t *catalog.Type) ([]string, string) {
	if t == nil {
		return nil, "the entry's key"
	}
	whose := "the key of " + aTypeEntry(t.Name)
	if t.Route == "workers-ai" {
		return []string{cloudflareOwner, "workers-ai"}, whose + " (a Cloudflare API token)"
	}
	return append([]string{"type:" + t.Name}, t.Gateway...), whose
}

// vendorOwners are the provider slugs of a vendor, and the types that call
// those providers.
func vendorOwners(vendor string, cat *catalog.Catalog) []string {
	slugs := vendorProviders[vendor]
	out := append([]string(nil), slugs...)
	for _, t := range cat.Types {
		for _, g := range t.Gateway {
			if slices.Contains(slugs, g) {
				out = append(out, "type:"+t.Name)
			}
		}
	}
	if out == nil {
		return []string{"vendor:" + vendor} // a vendor no host is known for: nowhere
	}
	return out
}

func aTypeEntry(name string) string {
	if name != "" && strings.ContainsRune("AEIOUaeiou", rune(name[0])) {
		return "an " + model.Quote(name) + " entry"
	}
	return "a " + model.Quote(name) + " entry"
}

// unknownHost explains a host no credential may go to.
func unknownHost(u *url.URL, cat *catalog.Catalog) string {
	host := resolve.NormalHost(u.Hostname())
	for _, s := range cat.HostSuffixes {
		if strings.HasSuffix(host, s) {
			return "host " + u.Host + " is under " + strings.TrimPrefix(s, ".") + ", where anyone can create a name; " +
				"qalint sends credentials there only with --allow-host " + u.Host + "; nothing was sent"
		}
	}
	return "host " + u.Host + " is not on the allow-list (known provider hosts, the --cloudflare-api host, --allow-host); nothing was sent"
}
