package resolve

import (
	"net/url"
	"strings"

	"golang.org/x/net/idna"

	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/model"
)

// Base is the base URI a request starts from: a field of the entry, or the
// type's default endpoint.
type Base struct {
	Key   string // baseURI1 or baseURI2; "" for the type's default
	Value Value
	URL   *url.URL // nil when the value is not an absolute URL with a host
	// Host is the host a request really reaches, lower case, without a
	// trailing dot or port, in ASCII (punycode); Unicode is the same host
	// decoded, for look-alike checks.
	Host, Unicode string
	// Problem says why the base URI cannot be what the user meant: no host,
	// or user information before the host. "" when none.
	Problem string
	Segs    []string // path segments, unescaped, empty ones kept
	// Gateway is set when the path has the AI Gateway shape
	// /v1/{account}/{gateway}/{provider}, on any host (a proxy or a fake
	// works like gateway.ai.cloudflare.com).
	Gateway *Gateway
	// OnCloudflareGateway: the host is gateway.ai.cloudflare.com; then
	// GatewayProblem says what is wrong with the path, "" when nothing.
	OnCloudflareGateway bool
	GatewayProblem      string

	gateway Gateway // storage for Gateway
	// serviceName is the gateway provider's name in messages, for both
	// kinds; set with Gateway (a default base is shared: never written after).
	serviceName string
}

// Gateway is an AI Gateway base URI taken apart. Each part's source is the
// base URI's value.
type Gateway struct {
	Account, ID, Provider Value
	// Rest is the base URI's path after the provider slug ("" usually).
	Rest string
}

// NormalHost is how hosts compare: lower case, without a trailing dot.
func NormalHost(h string) string { return strings.TrimSuffix(strings.ToLower(h), ".") }

// parseBase fills b, the base URI v of field key.
func parseBase(b *Base, key string, v Value) {
	b.Key, b.Value = key, v
	if v.Class != Literal && v.Class != Reference {
		return
	}
	p := parsedBase(strings.TrimSpace(v.Text))
	b.URL, b.Host, b.Unicode, b.Problem, b.Segs = p.url, p.host, p.unicode, p.problem, p.segs
	b.OnCloudflareGateway, b.GatewayProblem = p.onCloudflareGateway, p.gatewayProblem
	if p.gateway != nil {
		part := func(c classified) Value {
			return Value{Text: c.text, Node: v.Node, Field: v.Field, Parent: v.Parent, Class: c.class, Stand: c.stand}
		}
		g := &p.gatewayParts
		b.gateway = Gateway{Account: part(g[0]), ID: part(g[1]), Provider: part(g[2])}
		b.Gateway = &b.gateway
		b.serviceName = p.serviceName
		if len(b.Segs) > 4 {
			b.Gateway.Rest = strings.Join(b.Segs[4:], "/")
		}
	}
}

// baseParts is what a base URI's text says, whatever field holds it: shared
// between the entries that write the same URI (see memo.go), read-only.
type baseParts struct {
	url                 *url.URL
	host, unicode       string
	problem             string
	segs                []string
	gateway             *gateway.Ref
	onCloudflareGateway bool
	gatewayProblem      string
	// gatewayParts are the gateway's account, id and provider, classified;
	// serviceName the provider's name in messages.
	gatewayParts [3]classified
	serviceName  string
}

// classified is a text with its Classify.
type classified struct {
	text  string
	class Class
	stand string
}

func classifiedOf(s string) classified {
	c, stand := Classify(s)
	return classified{s, c, stand}
}

func parseBaseParts(s string) *baseParts {
	b := &baseParts{}
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return b // the schema rule reports a value that is not an absolute URI
	}
	if u.Host == "" || u.Hostname() == "" {
		b.problem = "has no host (after " + u.Scheme + ":// comes the host name, e.g. gateway.ai.cloudflare.com)"
		return b
	}
	b.url = u
	b.host = NormalHost(u.Hostname())
	b.unicode = b.host
	if uni, err := idna.ToUnicode(b.host); err == nil {
		b.unicode = uni
	}
	if u.User != nil {
		b.problem = userinfoProblem(u, b.host)
	}
	b.segs = gateway.Split(u)
	b.onCloudflareGateway = b.host == gateway.Host
	if ref, ok := gateway.Parse(u); ok {
		b.gateway = &ref
		b.gatewayParts = [3]classified{classifiedOf(ref.Account), classifiedOf(ref.Gateway), classifiedOf(ref.Provider)}
		b.serviceName = quotedAfter("the gateway provider ", ref.Provider)
	}
	if b.onCloudflareGateway {
		b.gatewayProblem = gatewayPathProblem(b.segs)
	}
	return b
}

// userinfoProblem names the host a URL with user information really
// reaches. A password is never repeated; a user name is, since
// "https://gateway.ai.cloudflare.com@evil.net" hides the host in it.
func userinfoProblem(u *url.URL, host string) string {
	if _, hasPassword := u.User.Password(); hasPassword {
		return "has user:password@ before its host; credentials do not belong in the URL, and the request goes to " + model.Quote(host)
	}
	return "has " + model.Quote(u.User.Username()+"@") + " before its host, so the request goes to " + model.Quote(host) + ", not to " + model.Quote(u.User.Username())
}

// gatewayPathProblem says what is wrong with a gateway.ai.cloudflare.com path.
func gatewayPathProblem(segs []string) string {
	const shape = "the gateway path is /v1/{account}/{gateway}/{provider}"
	switch {
	case len(segs) == 0 || segs[0] != "v1":
		return shape + ", and this one does not start with /v1"
	case len(segs) > 1 && segs[1] == "v1":
		return "v1 appears twice; " + shape
	}
	for _, s := range segs {
		if s == "" {
			return "empty path segment (//); " + shape
		}
	}
	if len(segs) < 4 {
		missing := []string{"{account}", "{gateway}", "{provider}"}[len(segs)-1:]
		return "missing " + strings.Join(missing, "/") + "; " + shape
	}
	if acct := segs[1]; judged(acct) && !IsAccountID(acct) {
		return "the account segment " + model.Quote(acct) + " is not a 32-character hexadecimal Cloudflare account id"
	}
	if gw := segs[2]; judged(gw) && !IsGatewayID(gw) {
		return "the gateway id " + model.Quote(gw) + " may hold only lower-case letters, digits and - (at most 64)"
	}
	return ""
}

func judged(s string) bool { c, _ := Classify(s); return c == Literal }
