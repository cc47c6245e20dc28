package probe

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/gateway"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/secret"
)

// blockingRules are lint errors that make a probe meaningless: the request
// would carry a placeholder, a malformed account or a broken URL.
var blockingRules = map[string]bool{
	"placeholder": true, "schema": true, "account-id": true, "gateway-path": true, "gateway-auth": true,
}

// Plan turns linted files into the requests a probe would send.
func Plan(results []*lint.Result, cat *catalog.Catalog, opts Options) []*Request {
	opts.defaults()
	var out []*Request
	for _, r := range results {
		if r.Doc == nil || r.Doc.Entries == nil {
			continue
		}
		for _, e := range r.Doc.Entries {
			if !e.IsObject() || (len(opts.Only) > 0 && !slices.Contains(opts.Only, e.Alias())) {
				continue
			}
			for _, k := range []Kind{Completion, Embedding} {
				if len(opts.Kinds) > 0 && !slices.Contains(opts.Kinds, k) {
					continue
				}
				out = append(out, plan(r, e, k, cat, opts))
			}
		}
	}
	return out
}

// modelKey and baseKeys say which fields a kind of probe uses.
func fieldsFor(k Kind) (modelKey string, baseKeys []string) {
	if k == Completion {
		return "model1", []string{"baseURI1"}
	}
	return "model2", []string{"baseURI2", "baseURI1"} // baseURI2 defaults to baseURI1
}

func plan(r *lint.Result, e *model.Entry, k Kind, cat *catalog.Catalog, opts Options) *Request {
	req := &Request{File: r.Path, Alias: e.Alias(), Kind: k, Method: http.MethodPost, Header: http.Header{}, entry: e.Index}
	modelKey, baseKeys := fieldsFor(k)
	baseKey, base := "", ""
	for _, bk := range baseKeys {
		if s, _, ok := e.Str(bk); ok {
			baseKey, base = bk, strings.TrimSpace(s)
			break
		}
	}
	if f, blocked := blockingFinding(r.Findings, e, modelKey, baseKey); blocked {
		req.Skip = fmt.Sprintf("lint error at line %d: %s [%s]", f.Line, f.Message, f.Rule)
		return req
	}
	t := cat.Types[e.Type()]
	modelID, _, _ := e.Str(modelKey)
	if modelID == "" && t != nil {
		modelID = t.Defaults[modelKey] // what Qarbine would use
	}
	env := &resolver{getenv: opts.Getenv}
	modelID = env.resolve(modelID)
	apiKey, _, _ := e.Str("apiKey")
	apiKey = env.resolve(apiKey)

	route, target := "", ""
	switch {
	case base == "" && t != nil && t.Route == "workers-ai":
		account, _, _ := e.Str("account")
		account = env.resolve(account)
		if account == "" && env.missing == "" {
			req.Skip = "no account: the Workers AI REST API needs the Cloudflare account id"
			return req
		}
		route, target = "workers-ai", opts.CloudflareAPI+"/accounts/"+url.PathEscape(account)+"/ai/run/"+modelID
	case base == "":
		if t == nil || t.Route == "" || t.Base == "" {
			req.Skip = "no " + baseKeys[len(baseKeys)-1] + ", and qalint does not know the default endpoint of type " + model.Quote(e.Type())
			return req
		}
		route, target = t.Route, join(t.Base, routePath(t.Route, k, modelID))
	default:
		base = env.resolve(base)
		u, ok := gateway.ParseBase(base)
		if !ok {
			req.Skip = baseKey + " is not an absolute URL"
			return req
		}
		if ref, isGW := gateway.Parse(u); isGW {
			p := cat.Providers[ref.Provider]
			if p == nil || p.Route == "" {
				req.Skip = "qalint does not know how Qarbine calls the AI Gateway provider " + model.Quote(ref.Provider) + "; probe it by hand"
				return req
			}
			route = p.Route
		} else if t != nil && t.Route != "" {
			route = t.Route
		} else {
			req.Skip = "qalint does not know how Qarbine calls type " + model.Quote(e.Type()) + " at " + baseKey
			return req
		}
		target = join(base, routePath(route, k, modelID))
	}
	if name, can := capable(cat, t, base, k); !can {
		req.Skip = name + " serves " + map[Kind]string{Completion: "embeddings", Embedding: "completions"}[k] + " only"
		return req
	}
	if modelID == "" && env.missing == "" {
		req.Skip = "no " + modelKey + " and no default for type " + model.Quote(e.Type())
		return req
	}
	req.Route, req.URL = route, target
	req.secrets = append(req.secrets, secret.InURLs(target)...) // user:password@, ?api_key=
	req.Body = body(route, k, modelID)
	req.Header.Set("Content-Type", "application/json")
	switch route {
	case "anthropic":
		req.Header.Set("x-api-key", apiKey)
		req.Header.Set("anthropic-version", "2023-06-01")
	default:
		req.Header.Set("Authorization", "Bearer "+apiKey)
	}
	req.secrets = append(req.secrets, apiKey)
	addEntryHeaders(req, e, env)
	if env.missing != "" {
		req.Skip = "environment variable " + env.missing + " is not set; nothing was sent"
		return req
	}
	req.Refuse = scope(req, e, cat, opts)
	return req
}

// capable says whether the service behind a probe can answer its kind: the
// gateway provider when the base is a gateway, else the entry's type.
func capable(cat *catalog.Catalog, t *catalog.Type, base string, k Kind) (string, bool) {
	pick := func(c, e *bool) bool {
		v := c
		if k == Embedding {
			v = e
		}
		return v == nil || *v
	}
	if u, ok := gateway.ParseBase(base); ok {
		if ref, isGW := gateway.Parse(u); isGW {
			if p := cat.Providers[ref.Provider]; p != nil {
				return "the gateway provider " + model.Quote(p.Slug), pick(p.Completions, p.Embeddings)
			}
		}
	}
	if t != nil {
		return model.Quote(t.Name), pick(t.Completions, t.Embeddings)
	}
	return "", true
}

// blockingFinding finds a lint error on a field this probe would use.
func blockingFinding(fs []model.Finding, e *model.Entry, modelKey, baseKey string) (model.Finding, bool) {
	prefix := e.Pointer()
	uses := []string{prefix, prefix + "/account", prefix + "/apiKey", prefix + "/" + modelKey,
		prefix + "/cf-aig-authorization", prefix + "/headers"}
	if baseKey != "" {
		uses = append(uses, prefix+"/"+baseKey)
	}
	for _, f := range fs {
		if f.Severity != model.Error || !blockingRules[f.Rule] {
			continue
		}
		for _, u := range uses {
			if f.Pointer == u || strings.HasPrefix(f.Pointer, u+"/") && u != prefix {
				return f, true
			}
		}
	}
	return model.Finding{}, false
}

// addEntryHeaders sends the entry's own headers and its cf-aig-authorization.
func addEntryHeaders(req *Request, e *model.Entry, env *resolver) {
	if h := e.Field("headers"); h.Node != nil && h.Node.Kind == reader.Object {
		winning := h.Node.Winners()
		for i, m := range h.Node.Members {
			if winning[i] && m.Value.Kind == reader.String {
				v := env.resolve(m.Value.Text)
				req.Header.Set(m.Key, v)
				if secret.IsSecretKey(m.Key) {
					req.secrets = append(req.secrets, bearerToken(v))
				}
			}
		}
	}
	if v, _, ok := e.Str("cf-aig-authorization"); ok {
		v = env.resolve(v)
		req.Header.Set("cf-aig-authorization", v)
		req.secrets = append(req.secrets, bearerToken(v))
	}
}

func bearerToken(v string) string {
	if len(v) > 7 && strings.EqualFold(v[:7], "bearer ") {
		return strings.TrimSpace(v[7:])
	}
	return v
}

// routePath is what Qarbine appends to a base for a route and kind.
func routePath(route string, k Kind, modelID string) string {
	switch route {
	case "workers-ai":
		return "/" + modelID
	case "anthropic":
		return "/v1/messages"
	case "cohere":
		if k == Embedding {
			return "/v1/embed"
		}
		return "/v1/chat"
	}
	if k == Embedding {
		return "/v1/embeddings"
	}
	return "/v1/chat/completions"
}

func join(base, path string) string { return strings.TrimRight(base, "/") + path }

// body is the smallest request that proves the endpoint works.
func body(route string, k Kind, modelID string) []byte {
	q := string(model.AppendJSONString(nil, modelID))
	switch {
	case route == "workers-ai" && k == Completion:
		return []byte(`{"messages":[{"role":"user","content":"ping"}],"max_tokens":1}`)
	case route == "workers-ai":
		return []byte(`{"text":["ping"]}`)
	case route == "anthropic":
		return []byte(`{"model":` + q + `,"max_tokens":1,"messages":[{"role":"user","content":"ping"}]}`)
	case route == "cohere" && k == Completion:
		return []byte(`{"model":` + q + `,"message":"ping","max_tokens":1}`)
	case route == "cohere":
		return []byte(`{"model":` + q + `,"texts":["ping"],"input_type":"search_query"}`)
	case k == Completion:
		return []byte(`{"model":` + q + `,"messages":[{"role":"user","content":"ping"}],"max_tokens":1}`)
	}
	return []byte(`{"model":` + q + `,"input":["ping"]}`)
}

// resolver substitutes ${NAME} from the environment and remembers the first
// variable that is not set.
type resolver struct {
	getenv  func(string) string
	missing string
}

var envRefRE = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

func (r *resolver) resolve(s string) string {
	return envRefRE.ReplaceAllStringFunc(s, func(m string) string {
		name := m[2 : len(m)-1]
		v := r.getenv(name)
		if v == "" {
			if r.missing == "" {
				r.missing = name
			}
			return m // left as written, so --dry-run shows which reference is unset
		}
		return v
	})
}

// Sort orders results by file, entry, kind.
func Sort(rs []Result) {
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].File != rs[j].File {
			return rs[i].File < rs[j].File
		}
		if rs[i].entry != rs[j].entry {
			return rs[i].entry < rs[j].entry
		}
		return rs[i].Kind < rs[j].Kind
	})
}
