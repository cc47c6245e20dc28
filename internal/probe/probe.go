// Package probe sends one tiny completion and one tiny embedding request per
// entry to the real endpoints, the way Qarbine would, and says what is wrong.
// A probe carries real credentials, so requests go only to allow-listed
// hosts, never in clear except to loopback, never across a redirect to
// another host, and no credential appears in any result.
package probe

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
)

// Kind is what a probe asks for; the resolver owns it.
type Kind = resolve.Kind

const (
	Completion = resolve.Completion
	Embedding  = resolve.Embedding
)

// Status of one probe. The names are a contract.
type Status string

const (
	OK          Status = "ok"
	Auth        Status = "auth"         // 401/403, Cloudflare code 10000, gateway 2009
	NotFound    Status = "not-found"    // unknown model, route or account (5007, 7003, 404)
	RateLimited Status = "rate-limited" // 429 after the retries
	Timeout     Status = "timeout"
	Network     Status = "network" // DNS, refused connection, TLS
	ServerError Status = "server-error"
	BadResponse Status = "bad-response" // 2xx without the expected shape, or a redirect not followed
	Rejected    Status = "rejected"     // another 4xx: the endpoint refused this request
	Refused     Status = "refused"      // qalint refused to send: host not allowed, or http to a remote host
	Skipped     Status = "skipped"      // nothing to send: a variable unset, a lint error, a route qalint does not know
	Interrupted Status = "interrupted"  // SIGINT or SIGTERM came before the answer
)

// Result is the outcome of one probe. Its JSON form is a contract.
type Result struct {
	File       string `json:"file"`
	Alias      string `json:"alias"`
	Kind       Kind   `json:"kind"`
	URL        string `json:"url"`
	Status     Status `json:"status"`
	HTTPStatus int    `json:"httpStatus"`
	LatencyMs  int64  `json:"latencyMs"`
	Message    string `json:"message"`
	Dimensions int    `json:"dimensions,omitempty"`

	entry int // entry index, for ordering
}

// Request is one planned probe: what would be sent, or why nothing is.
type Request struct {
	File   string      `json:"file"`
	Alias  string      `json:"alias"`
	Kind   Kind        `json:"kind"`
	Method string      `json:"method"`
	URL    string      `json:"url"`
	Header http.Header `json:"-"`
	Body   []byte      `json:"-"`
	Route  string      `json:"route"` // workers-ai, openai, anthropic, cohere

	Skip   string `json:"skip,omitempty"`   // why nothing is sent
	Refuse string `json:"refuse,omitempty"` // why qalint will not send it
	// Unset names every ${NAME} the request needs that the environment
	// does not set.
	Unset []string `json:"unset,omitempty"`

	// Resolved is what the resolver says Qarbine will call; check judged the same.
	Resolved *resolve.Request `json:"-"`

	entry      int
	secrets    []string    // values to mask in anything shown
	masker     *secret.Set // built from secrets on first use
	explain404 string      // why a 404 is expected, when the resolver knows
	modelHint  string      // what the catalogue and the live model list say of the model, for a 5007
}

// mask hides every credential the request carries, and anything shaped
// like one, in text about it.
func (r *Request) mask(text string) string { return r.set().Mask(text) }

// maskOr is mask, or instead when the masked text still gives a
// credential away (secret.Set.MaskOr).
func (r *Request) maskOr(text, instead string) string { return r.set().MaskOr(text, instead) }

func (r *Request) set() *secret.Set {
	if r.masker == nil {
		r.masker = &secret.Set{}
		r.masker.AddAll(r.secrets...)
	}
	return r.masker
}

// Options tune a probe run.
type Options struct {
	CloudflareAPI string        // base of the Workers AI REST API
	AllowHosts    []string      // extra hosts, HOST or HOST:PORT
	Timeout       time.Duration // per request
	Deadline      time.Duration // whole run; 0: none
	Concurrency   int
	Only          []string // aliases; empty: all
	Kinds         []Kind   // empty: both
	Getenv        func(string) string
	MaxBody       int64 // response bytes read at most
	MaxRetries    int   // on 429; 0: 2, negative: none
	// Live is the cached live model list, nil when none: a 5007 "no such
	// model" says whether the list knows the model.
	Live *catalog.Live

	// Seams for tests: where connections go, which certificates are
	// trusted, and how a Retry-After is waited for.
	dial      func(ctx context.Context, network, addr string) (net.Conn, error)
	tlsConfig *tls.Config
	handshake time.Duration // the TLS handshake's bound (tests); 0: tlsHandshakeTimeout
	sleep     func(ctx context.Context, d time.Duration) bool
}

// DefaultCloudflareAPI is the Workers AI REST API base.
const DefaultCloudflareAPI = resolve.DefaultCloudflareAPI

func (o *Options) defaults() {
	if o.CloudflareAPI == "" {
		o.CloudflareAPI = DefaultCloudflareAPI
	}
	o.CloudflareAPI = strings.TrimRight(o.CloudflareAPI, "/")
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 8
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 1 << 20
	}
	switch {
	case o.MaxRetries == 0:
		o.MaxRetries = 2
	case o.MaxRetries < 0:
		o.MaxRetries = 0
	}
	if o.sleep == nil {
		o.sleep = sleep
	}
	if o.Getenv == nil {
		o.Getenv = func(string) string { return "" }
	}
}

// modelHint says what the catalogue and the cached live list know of a
// model Workers AI answered 5007 for.
func modelHint(id string, cat *catalog.Catalog, live *catalog.Live) string {
	retired := ""
	if m := cat.Models[id]; m != nil && m.Deprecated != "" && m.Deprecated <= time.Now().UTC().Format(time.DateOnly) {
		retired = "; Cloudflare retired it on " + m.Deprecated
	}
	if live == nil {
		return " (unknown model" + retired + "; no live model list is cached: `qalint catalog update` reads the account's)"
	}
	if _, ok := live.Lookup(id); ok {
		return fmt.Sprintf(" (unknown model, yet the live model list of %s has it: the list may be another account's, or the model was retired since)", live.Day())
	}
	return fmt.Sprintf(" (unknown model%s: the live model list of %s does not have it either)", retired, live.Day())
}
