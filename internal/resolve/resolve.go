// Package resolve works out, for each entry, the requests Qarbine will make:
// per kind (completion, embedding) the URL it calls, the service that
// answers (a provider directly, or an AI Gateway hop and the provider
// behind it), the model, and each credential with the header it travels in.
// Every part keeps the source node it came from. The rules judge these
// facts and the prober sends them, so check and probe agree by construction.
// It depends only on the document model and the catalogues.
package resolve

import (
	"net/url"
	"slices"
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
)

// DefaultCloudflareAPI is the Workers AI REST API base.
const DefaultCloudflareAPI = "https://api.cloudflare.com/client/v4"

// Options tune a resolution.
type Options struct {
	// CloudflareAPI replaces DefaultCloudflareAPI in default endpoints
	// (probe --cloudflare-api); "" keeps the default.
	CloudflareAPI string
	// Expand, when set, substitutes ${NAME} references before URLs are
	// built (the probe reads the environment); check leaves them as written.
	Expand func(string) string
}

// Entry is one entry object, resolved.
type Entry struct {
	*model.Entry
	// Type is the entry's catalogue type, nil when unknown. TypeFolded: the
	// type was found only by ignoring case ("cloudflare"), so the entry is
	// checked as Type while unknown-type reports the spelling.
	Type       *catalog.Type
	TypeFolded bool
	TypeName   Value

	Account Value
	APIKey  Value
	// GatewayAuth is cf-aig-authorization, an entry key or in "headers"
	// (Qarbine's documentation does not settle which).
	GatewayAuth Value
	// Headers are the string values of the "headers" object.
	Headers []Value

	Requests []*Request // one per kind, completion first

	// strings are every winning string, classified once: the resolver
	// reads the fields from them, Headers is a part of them.
	strings []Value
	// slots say where the fields the resolver reads are (see fieldSlot):
	// 0 absent, i+1 strings[i], -(i+1) the member i, not a string.
	slots    [numFieldSlots]int32
	bases    []*Base // written base URIs, parsed once for both kinds
	typeName string  // model.Quote(Type.Name), for the services' names
	// apiBase is the route's default base with the entry's account (both
	// kinds share it), and its text.
	apiRoute    *catalog.Route
	apiBase     *Base
	apiBaseText string

	// Storage for Requests and bases: an entry is resolved in a few
	// allocations, not one per part.
	requests    [len(Kinds)]Request
	requestPtrs [len(Kinds)]*Request
	basePtrs    [2]*Base
	credentials [2]Credential // the key and the gateway token
	creds       []Credential
	credsRoute  *catalog.Route
	credsDone   bool
	provider    gatewayProvider // of providerFor's slug
	providerFor *Gateway
}

// base is the entry's base URI field key, parsed once; nil when absent.
func (re *Entry) base(key string, expand func(string) string, st *Storage) *Base {
	for _, b := range re.bases {
		if b.Key == key {
			return b
		}
	}
	if k := fieldSlot(key); k >= 0 && re.slots[k] == 0 {
		return nil // absent: most entries write one base URI or none
	}
	v := re.field(key, expand)
	if !v.Present() {
		return nil
	}
	if re.bases == nil {
		re.bases = re.basePtrs[:0]
	}
	b := st.base()
	parseBase(b, key, v)
	re.bases = append(re.bases, b)
	return b
}

// Bases are the base URIs the entry writes (baseURI1, baseURI2), each once
// although both kinds may use baseURI1, in the order the kinds use them.
func (re *Entry) Bases() []*Base { return re.bases }

// Request is what Qarbine will call for one kind.
type Request struct {
	Kind  Kind
	Model Model
	// Base is the base URI used: baseURI1, baseURI2 (falling back to
	// baseURI1) or the type's default (Key ""); nil when there is none.
	Base *Base
	// Route is Qarbine's calling convention for the entry's type; nil when
	// qalint does not know it.
	Route *catalog.Route
	// URL is the base plus the path Qarbine appends; "" when not known,
	// and then Unresolved says why.
	URL        string
	Unresolved string
	Service    Service
	// Credentials are the headers that carry secrets, each with its source.
	Credentials []Credential
	// Headers are other fixed headers Qarbine sends for the route.
	Headers map[string]string
}

// Model is the model a request asks for.
type Model struct {
	Value
	// WorkersAI: a Workers AI model id, to be checked against the model
	// catalogue: the request reaches Workers AI, or the type's models are
	// Workers AI models.
	WorkersAI bool
	Catalog   *catalog.Model // nil when the catalogue does not know it
}

// Credential is one secret and the header it travels in.
type Credential struct {
	Header string
	Prefix string // what Qarbine writes before the value ("Bearer ")
	Value  Value
}

// Request returns the entry's request of kind k.
func (e *Entry) Request(k Kind) *Request {
	for _, r := range e.Requests {
		if r.Kind == k {
			return r
		}
	}
	return nil
}

// resolver holds what every entry of a run shares.
type resolver struct {
	cat     *catalog.Catalog
	opts    Options
	storage *Storage  // where entries' strings go; nil: allocated apart
	apis    []restAPI // the Workers AI REST API bases: the default and opts.CloudflareAPI
	// routeBases are the routes' default bases with {cloudflareAPI}
	// substituted, which only {account} then varies in: built once a
	// document, or once a Storage.
	routeBases []routeBase
	// lastAPI is the last entry's route base with its account: a file's
	// entries usually share their account.
	lastAPI struct {
		route   *catalog.Route
		account string
		base    *Base
	}
}

// apiBase is the parsed default base of route with the account acct
// (escaped), shared.
func (rs *resolver) apiBase(route *catalog.Route, acct string) *Base {
	last := &rs.lastAPI
	if last.base != nil && last.route == route && last.account == acct {
		return last.base
	}
	var buf [256]byte
	b := defaultBaseBytes(appendReplacing(buf[:0], rs.routeBase(route), "{account}", acct))
	last.route, last.account, last.base = route, acct, b
	return b
}

type routeBase struct {
	route           *catalog.Route
	api, tmpl, base string // made from the API base and the route's template
}

// maxRouteBases bounds the route bases a Storage keeps (a run has one
// catalogue and one API base: one or two).
const maxRouteBases = 8

// restAPI is a Workers AI REST API base, taken apart once: its host as
// hosts compare, its port, and the path its accounts are under.
type restAPI struct {
	host, port, accounts string
}

func newRESTAPI(s string) (restAPI, bool) {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return restAPI{}, false
	}
	return restAPI{host: NormalHost(u.Hostname()), port: u.Port(), accounts: strings.TrimRight(u.Path, "/") + "/accounts/"}, true
}

// defaultAPIs is the default REST API alone, parsed once for every run.
var defaultAPIs = func() []restAPI {
	a, _ := newRESTAPI(DefaultCloudflareAPI)
	return []restAPI{a}
}()

func newResolver(cat *catalog.Catalog, opts Options) resolver {
	r := resolver{cat: cat, opts: opts, apis: defaultAPIs}
	if opts.CloudflareAPI == "" {
		return r // url.Parse("") has no host
	}
	if a, ok := newRESTAPI(opts.CloudflareAPI); ok {
		r.apis = append(slices.Clip(defaultAPIs), a)
	}
	return r
}

// routeBase is route.Base with {cloudflareAPI} substituted.
func (rs *resolver) routeBase(route *catalog.Route) string {
	api := rs.opts.CloudflareAPI
	if api == "" {
		api = DefaultCloudflareAPI
	}
	known := &rs.routeBases
	if rs.storage != nil {
		known = &rs.storage.routeBases
	}
	for _, rb := range *known {
		if rb.route == route && rb.api == api && rb.tmpl == route.Base {
			return rb.base
		}
	}
	base := strings.ReplaceAll(route.Base, "{cloudflareAPI}", strings.TrimRight(api, "/"))
	if len(*known) < maxRouteBases {
		*known = append(*known, routeBase{route, api, route.Base, base})
	}
	return base
}

// Document resolves every entry of doc that is an object.
func Document(doc *model.Document, cat *catalog.Catalog, opts Options) []*Entry {
	return document(doc, cat, opts, nil)
}

// Storage holds resolved entries so that a run can reuse their memory
// from file to file: resolving a file allocates kilobytes, and fresh
// memory is slower to fill than memory just used. The zero Storage is
// ready; one Storage serves one goroutine at a time.
type Storage struct {
	entries  []Entry
	pointers []*Entry // to the entries, as Document returns them
	values   []Value  // the entries' strings, a part each
	bases    []Base   // the entries' base URIs
	used     int      // of entries
	usedV    int      // of values
	usedB    int      // of bases
	// routeBases outlive Reset: they come from the catalogue and the
	// options, not from a document.
	routeBases []routeBase
}

// Document is the package's Document, resolved into s: what it returns
// is valid until the next Document or Reset.
func (s *Storage) Document(doc *model.Document, cat *catalog.Catalog, opts Options) []*Entry {
	s.Reset()
	return document(doc, cat, opts, s)
}

// Reset zeroes what s holds, so that nothing of the last document stays
// reachable.
func (s *Storage) Reset() {
	clear(s.entries[:s.used])
	clear(s.pointers[:s.used])
	clear(s.values[:s.usedV])
	clear(s.bases[:s.usedB])
	s.used, s.usedV, s.usedB = 0, 0, 0
}

// base returns a zero Base from s, or newly allocated when s is nil. Bases
// are kept apart from the entries, which most leave without one.
func (s *Storage) base() *Base {
	if s == nil {
		return new(Base)
	}
	if s.usedB == len(s.bases) {
		s.bases, s.usedB = make([]Base, max(4, 2*len(s.bases))), 0 // the bases handed out keep the old array
	}
	s.usedB++
	return &s.bases[s.usedB-1]
}

// entrySlice returns n zero Entries from s, or newly allocated when s is nil.
func (s *Storage) entrySlice(n int) []Entry {
	if s == nil {
		return make([]Entry, n)
	}
	if cap(s.entries) < n {
		s.entries = make([]Entry, n)
	}
	s.used = n
	return s.entries[:n:n]
}

// pointerSlice returns an empty slice with room for n pointers from s, or
// newly allocated when s is nil.
func (s *Storage) pointerSlice(n int) []*Entry {
	if s == nil {
		return make([]*Entry, 0, n)
	}
	if cap(s.pointers) < n {
		s.pointers = make([]*Entry, n)
	}
	return s.pointers[:0:n]
}

// valueSlice returns an empty slice with room for n Values from s, or
// newly allocated when s is nil.
func (s *Storage) valueSlice(n int) []Value {
	if s == nil {
		return make([]Value, 0, n)
	}
	if s.usedV+n > len(s.values) {
		s.values, s.usedV = make([]Value, max(n, 2*len(s.values))), 0 // the parts handed out keep the old array
	}
	v := s.values[s.usedV : s.usedV : s.usedV+n]
	s.usedV += n
	return v
}

func document(doc *model.Document, cat *catalog.Catalog, opts Options, s *Storage) []*Entry {
	r := newResolver(cat, opts)
	r.storage = s
	n := 0
	for _, e := range doc.Entries {
		if e.IsObject() {
			n++
		}
	}
	out, store := s.pointerSlice(n), s.entrySlice(n) // one allocation for the entries
	for _, e := range doc.Entries {
		if e.IsObject() {
			re := &store[len(out)]
			r.resolveInto(re, e)
			out = append(out, re)
		}
	}
	return out
}

// Resolve resolves one entry object.
func Resolve(e *model.Entry, cat *catalog.Catalog, opts Options) *Entry {
	r := newResolver(cat, opts)
	return r.resolve(e)
}

func (r *resolver) resolve(e *model.Entry) *Entry {
	re := new(Entry)
	r.resolveInto(re, e)
	return re
}

// resolveInto resolves e into re, a zero Entry.
func (r *resolver) resolveInto(re *Entry, e *model.Entry) {
	x := r.opts.Expand
	re.Entry = e
	re.classifyStrings(x, r.storage)
	re.TypeName, re.Account, re.APIKey = re.field("type", nil), re.field("account", x), re.field("apiKey", x)
	re.Type, re.TypeFolded = lookupType(r.cat, re.TypeName.Text)
	re.Requests = re.requestPtrs[:0:len(re.requestPtrs)]
	var route *catalog.Route // the type's, for both kinds
	if re.Type != nil {
		route = r.cat.Routes[re.Type.Route]
	}
	for i, k := range Kinds {
		req := &re.requests[i]
		r.request(re, req, k, route)
		re.Requests = append(re.Requests, req)
	}
	re.bases = slices.Clip(re.bases) // an append by a caller must not write into the entry
}

// lookupType finds a type by its exact name or, failing that, by the only
// name equal to it ignoring case.
func lookupType(cat *catalog.Catalog, name string) (*catalog.Type, bool) {
	if t := cat.Types[name]; t != nil || name == "" {
		return t, false
	}
	var found *catalog.Type
	for n, t := range cat.Types {
		if strings.EqualFold(n, name) {
			if found != nil {
				return nil, false
			}
			found = t
		}
	}
	return found, found != nil
}

func (rs *resolver) request(re *Entry, r *Request, k Kind, route *catalog.Route) {
	cat, opts := rs.cat, rs.opts
	r.Kind = k
	mk := k.ModelKey()
	r.Model.Value = re.field(mk, opts.Expand)
	t := re.Type
	if !r.Model.Present() && t != nil && t.Defaults[mk] != "" {
		r.Model.Value = Value{Text: t.Defaults[mk], Field: mk, Class: Literal, Default: true}
	}
	r.Route = route
	for _, key := range k.BaseKeys() {
		if b := re.base(key, opts.Expand, rs.storage); b != nil {
			r.Base = b
			break
		}
	}
	var u *requestURL
	if head, path, why := rs.urlParts(re, r); why != "" {
		r.Unresolved = why
	} else if u = requestURLFrom(head, path, r.Model.Text); u != nil {
		r.URL = u.text
		if u.URL == nil {
			u = nil // does not parse
		}
	}
	r.Service = rs.serviceOf(re, r.Base, u, k, r.Model.Text)
	r.Model.WorkersAI = r.Service.WorkersAI || (t != nil && t.Models == "workers-ai")
	if r.Model.WorkersAI {
		r.Model.Catalog = cat.Models[r.Model.Text]
	}
	if r.Route != nil {
		r.Headers = r.Route.Headers
	}
	r.Credentials = re.credentialsFor(r.Route)
}

// credentialsFor are the credentials a request by route carries: the same
// for both kinds (they share the type's route), so built once, in the
// entry, and shared read-only.
func (re *Entry) credentialsFor(route *catalog.Route) []Credential {
	if re.credsDone && re.credsRoute == route {
		return re.creds
	}
	creds := re.credentials[:0]
	if route != nil {
		if c := route.Credential; c.Field == "apiKey" && c.Header != "" {
			creds = append(creds, Credential{Header: c.Header, Prefix: c.Prefix, Value: re.APIKey})
		}
	}
	if re.GatewayAuth.Present() {
		creds = append(creds, Credential{Header: "cf-aig-authorization", Value: re.GatewayAuth})
	}
	re.creds, re.credsRoute, re.credsDone = nil, route, true
	if len(creds) > 0 {
		re.creds = slices.Clip(creds)
	}
	return re.creds
}

// urlParts are the URL's parts: the base, head, and Qarbine's appended
// path, whose {model} the model id replaces; or why the URL is not known.
func (rs *resolver) urlParts(re *Entry, r *Request) (head, path, why string) {
	if re.Type == nil {
		return "", "", "qalint does not know type " + model.Quote(re.TypeName.Text) + ", so not how Qarbine calls it"
	}
	if r.Route == nil {
		return "", "", "qalint does not know how Qarbine calls type " + model.Quote(re.Type.Name)
	}
	path, ok := r.Route.Paths[string(r.Kind)]
	if !ok {
		return "", "", model.Quote(re.Type.Name) + " has no " + string(r.Kind) + " endpoint"
	}
	switch {
	case r.Base != nil && r.Base.Problem != "":
		return "", "", r.Base.Key + " " + r.Base.Problem
	case r.Base != nil && r.Base.Value.Class != Literal && r.Base.Value.Class != Reference:
		return "", "", r.Base.Key + " is not a URL"
	case r.Base != nil && r.Base.URL == nil && r.Base.Value.Class == Literal:
		return "", "", r.Base.Key + " is not an absolute URL"
	case r.Model.Text == "":
		return "", "", "no " + r.Kind.ModelKey() + " and no default for type " + model.Quote(re.Type.Name)
	}
	var base string
	switch {
	case r.Base != nil:
		base = strings.TrimSpace(r.Base.Value.Text)
	case re.Type.Base != "":
		base = re.Type.Base
	case r.Route.Base != "":
		if !re.Account.Present() {
			return "", "", "no account: the Workers AI REST API needs the Cloudflare account id"
		}
		if re.apiRoute != r.Route {
			acct := re.Account.Text
			if re.Account.Class == Literal {
				acct = url.PathEscape(acct)
			}
			re.apiRoute, re.apiBase = r.Route, rs.apiBase(r.Route, acct)
			re.apiBaseText = re.apiBase.Value.Text
		}
		base = re.apiBaseText
		if r.Base == nil {
			r.Base = re.apiBase
		}
	default:
		keys := r.Kind.BaseKeys()
		return "", "", "no " + keys[len(keys)-1] + ", and qalint does not know the default endpoint of type " + model.Quote(re.Type.Name)
	}
	if r.Base == nil {
		r.Base = defaultBase(base)
	}
	if r.Base.Key == "" {
		base = strings.TrimRight(base, "/") // our own default endpoint
	}
	// Qarbine's join is not documented: qalint assumes it concatenates, as
	// its error message suggests, so a trailing slash gives // and a query
	// string ends up before the path, exactly as baseuri-suffix says. The
	// probe sends this URL unchanged.
	return base, path, ""
}

// requestURLFrom is the URL of head followed by path with {model} replaced by
// modelID, written on the stack and parsed once a run; nil when it is
// empty.
func requestURLFrom(head, path, modelID string) *requestURL {
	var buf [256]byte
	b := appendReplacing(append(buf[:0], head...), path, "{model}", modelID)
	if len(b) == 0 {
		return nil
	}
	return requestURLOf(b)
}
