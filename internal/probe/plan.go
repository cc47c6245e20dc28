package probe

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
	"github.com/qalint/qalint/rules"
)

// Plan turns linted files into the requests a probe would send. It plans
// from the resolver only: what check judged is what probe sends.
func Plan(results []*lint.Result, cat *catalog.Catalog, opts Options) []*Request {
	opts.defaults()
	if cat == nil {
		cat = catalog.Default()
	}
	var out []*Request
	for _, r := range results {
		if r.Doc == nil || r.Doc.Entries == nil {
			continue
		}
		for _, e := range r.Doc.Entries {
			if !e.IsObject() || (len(opts.Only) > 0 && !slices.Contains(opts.Only, e.Alias())) {
				continue
			}
			env := &environment{getenv: opts.Getenv}
			var re *resolve.Entry // resolved once for both kinds
			for _, k := range []Kind{Completion, Embedding} {
				if len(opts.Kinds) > 0 && !slices.Contains(opts.Kinds, k) {
					continue
				}
				if re == nil {
					re = resolve.Resolve(e, cat, resolve.Options{CloudflareAPI: opts.CloudflareAPI, Expand: env.expand})
				}
				out = append(out, plan(r, e, re, env, k, cat, opts))
			}
		}
	}
	return out
}

func plan(r *lint.Result, e *model.Entry, re *resolve.Entry, env *environment, k Kind, cat *catalog.Catalog, opts Options) *Request {
	req := &Request{File: r.Path, Alias: e.Alias(), Kind: k, Method: http.MethodPost, Header: http.Header{}, entry: e.Index}
	rr := re.Request(k)
	req.Resolved = rr
	if f, blocked := blockingFinding(r.Findings, e, rr); blocked {
		req.Skip = fmt.Sprintf("lint error at line %d: %s [%s]", f.Line, f.Message, f.Rule)
		return req
	}
	if rr.URL == "" {
		req.Skip = rr.Unresolved
		return req
	}
	if can := rr.Service.Can; can != nil && !*can {
		req.Skip = rr.Service.Name + " serves " + rr.Kind.Other().Plural() + " only"
		return req
	}
	req.Route, req.URL = rr.Route.Name, rr.URL
	req.secrets = append(req.secrets, secret.InURLs(req.URL)...) // user:password@, ?api_key=
	req.Body = body(req.Route, k, rr.Model.Text)
	req.modelHint = modelHint(rr.Model.Text, cat, opts.Live)
	req.Header.Set("Content-Type", "application/json")
	for name, v := range rr.Headers {
		req.Header.Set(name, v)
	}
	for _, c := range rr.Credentials {
		req.Header.Set(c.Header, c.Prefix+c.Value.Text)
		token, _ := resolve.CutBearer(c.Value.Text)
		req.secrets = append(req.secrets, token)
	}
	for _, h := range re.Headers { // the entry's own headers, as Qarbine sends them
		req.Header.Set(h.Key(), h.Text)
		if secret.IsSecretKey(h.Key()) {
			token, _ := resolve.CutBearer(h.Text)
			req.secrets = append(req.secrets, token)
		}
	}
	if rr.Service.DoubledV1 {
		req.explain404 = " (" + rr.Service.ExtraV1() + ": the gateway forwards " + rr.URL + " to " + upstreamOf(rr) +
			", a URL the provider does not have; see qalint explain gateway-upstream)"
	}
	if req.Unset = env.unset(used(re, rr)...); len(req.Unset) == 1 {
		req.Skip = "environment variable " + req.Unset[0] + " is not set; nothing was sent"
		return req
	} else if len(req.Unset) > 1 {
		req.Skip = "environment variables " + strings.Join(req.Unset, ", ") + " are not set; nothing was sent"
		return req
	}
	req.Refuse = scope(req, e, cat, opts)
	if f, ok := entryError(r.Findings, e); ok && req.Refuse != "" {
		// The root cause first: a misspelt "baseUri1" is why the request
		// would go to the type's default host.
		req.Refuse = fmt.Sprintf("the entry has a lint error, fix it first: line %d: %s [%s]; then: %s", f.Line, f.Message, f.Rule, req.Refuse)
	}
	return req
}

// entryError is the first error finding inside entry e.
func entryError(fs []model.Finding, e *model.Entry) (model.Finding, bool) {
	prefix := e.Pointer()
	for _, f := range fs {
		if f.Severity == model.Error && (f.Pointer == prefix || strings.HasPrefix(f.Pointer, prefix+"/")) {
			return f, true
		}
	}
	return model.Finding{}, false
}

func upstreamOf(rr *resolve.Request) string {
	if rr.Service.Upstream != "" {
		return rr.Service.Upstream
	}
	return "the provider"
}

// blockingFinding finds an error, of a rule that blocks probes, on a field
// this probe uses.
func blockingFinding(fs []model.Finding, e *model.Entry, rr *resolve.Request) (model.Finding, bool) {
	prefix := e.Pointer()
	uses := []string{prefix, prefix + "/account", prefix + "/apiKey", prefix + "/" + rr.Kind.ModelKey(),
		prefix + "/cf-aig-authorization", prefix + "/headers"}
	if rr.Base != nil && rr.Base.Key != "" {
		uses = append(uses, prefix+"/"+rr.Base.Key)
	}
	for _, f := range fs {
		if r, ok := rules.Lookup(f.Rule); f.Severity != model.Error || !ok || !r.Blocks {
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

// environment substitutes ${NAME} from the environment.
type environment struct {
	getenv func(string) string
}

var envRefRE = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

func (r *environment) expand(s string) string {
	return envRefRE.ReplaceAllStringFunc(s, func(m string) string {
		if v := r.getenv(m[2 : len(m)-1]); v != "" {
			return v
		}
		return m // left as written, so --dry-run shows which reference is unset
	})
}

// unset names every ${NAME} in the values, as written, that the
// environment does not set, each once, in order.
func (r *environment) unset(vs ...resolve.Value) []string {
	var out []string
	for _, v := range vs {
		if v.Node == nil {
			continue
		}
		for _, m := range envRefRE.FindAllStringSubmatch(v.Node.Text, -1) {
			if r.getenv(m[1]) == "" && !slices.Contains(out, m[1]) {
				out = append(out, m[1])
			}
		}
	}
	return out
}

// used are the values a request is built from: only their variables matter.
func used(re *resolve.Entry, rr *resolve.Request) []resolve.Value {
	vs := []resolve.Value{rr.Model.Value}
	if rr.Base != nil && rr.Base.Key != "" {
		vs = append(vs, rr.Base.Value)
	} else {
		vs = append(vs, re.Account) // the default endpoint names the account
	}
	for _, c := range rr.Credentials {
		vs = append(vs, c.Value)
	}
	return append(vs, re.Headers...)
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
