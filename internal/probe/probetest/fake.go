// Package probetest is a fake of the Workers AI REST API and of the AI
// Gateway for tests: it listens on 127.0.0.1 only and answers with
// Cloudflare's real envelopes. Special model ids make it misbehave.
package probetest

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Made-up credentials the fake accepts.
const (
	Account       = "0123456789abcdef0123456789abcdef"
	Token         = "Tk9vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA"
	GatewayToken  = "Gw3Lm8Np2Qr7St1Uv6Wx0Yz4Ab9Cd5Ef"
	AuthedGateway = "authed-gw" // a gateway id that requires cf-aig-authorization
)

// Fake is the fake server; Slow is the latency of @cf/test/slow and
// RedirectTo where @cf/test/redirect sends the client.
type Fake struct {
	*httptest.Server
	mu           sync.Mutex
	hits         map[string]int // by model or route
	requests     []Seen
	Slow         time.Duration
	RedirectTo   string
	searchStatus int  // see FailSearch
	searchEmpty  bool // see EmptySearch

	inFlight, maxInFlight int // requests being served; the most at once
}

// MaxInFlight is the most requests the fake was serving at once: proof of
// concurrency that no slow machine can fake or break, unlike a stopwatch.
func (f *Fake) MaxInFlight() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.maxInFlight
}

// Seen is one received request.
type Seen struct {
	Path   string
	Header http.Header
	Body   string
}

// New starts a fake on 127.0.0.1, closed when the test ends.
func New(t testing.TB) *Fake {
	f := &Fake{hits: map[string]int{}, Slow: 300 * time.Millisecond}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	f.Server.Config.ErrorLog = log.New(io.Discard, "", 0)
	t.Cleanup(f.Close)
	return f
}

// Count is how many requests reached a model id or an openai/ route.
func (f *Fake) Count(key string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits[key]
}

// Requests are the requests received, in order of arrival.
func (f *Fake) Requests() []Seen {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Seen(nil), f.requests...)
}

func envelope(w http.ResponseWriter, status int, result any, errs ...[2]any) {
	type cfErr struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	}
	list := []cfErr{}
	for _, e := range errs {
		list = append(list, cfErr{e[0].(int), e[1].(string)})
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	writeJSON(w, map[string]any{"result": result, "success": len(list) == 0, "errors": list, "messages": []any{}})
}

func writeJSON(w http.ResponseWriter, v any) { _ = json.NewEncoder(w).Encode(v) }

func (f *Fake) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.requests = append(f.requests, Seen{r.URL.Path, r.Header.Clone(), string(body)})
	f.inFlight++
	f.maxInFlight = max(f.maxInFlight, f.inFlight)
	f.mu.Unlock()
	defer func() { f.mu.Lock(); f.inFlight--; f.mu.Unlock() }()

	var account, modelID string
	switch p := r.URL.Path; {
	case strings.HasPrefix(p, "/client/v4/accounts/"):
		rest := strings.TrimPrefix(p, "/client/v4/accounts/")
		if acct, ok := strings.CutSuffix(rest, "/ai/models/search"); ok {
			f.search(w, r, acct)
			return
		}
		if acct, route, ok := strings.Cut(rest, "/ai/v1/"); ok {
			f.workersAIOpenAI(w, r, acct, route, body)
			return
		}
		account, modelID, _ = strings.Cut(rest, "/ai/run/")
	case strings.HasPrefix(p, "/v1/"):
		// /v1/{account}/{gateway}/{provider}/…
		segs := strings.SplitN(strings.TrimPrefix(p, "/v1/"), "/", 4)
		if len(segs) < 4 {
			envelope(w, 404, nil, [2]any{7002, "route not found"})
			return
		}
		account = segs[0]
		if segs[1] == AuthedGateway && r.Header.Get("cf-aig-authorization") != "Bearer "+GatewayToken {
			envelope(w, 401, []any{}, [2]any{2009, "Unauthorized"})
			return
		}
		switch segs[2] {
		case "workers-ai":
			if route, ok := strings.CutPrefix(segs[3], "v1/"); ok { // the OpenAI-compatible API
				f.workersAIOpenAI(w, r, account, route, body)
				return
			}
			modelID = segs[3]
		case "openai":
			f.openAI(w, r, segs[3], body)
			return
		default:
			envelope(w, 404, nil, [2]any{7002, "unknown provider"})
			return
		}
	default:
		http.NotFound(w, r)
		return
	}
	f.mu.Lock()
	f.hits[modelID]++
	n := f.hits[modelID]
	f.mu.Unlock()

	if r.Header.Get("Authorization") != "Bearer "+Token {
		envelope(w, 401, nil, [2]any{10000, "Authentication error"})
		return
	}
	if account != Account {
		envelope(w, 404, nil, [2]any{7003, "Could not route to /accounts/" + account + "/ai/run, perhaps your object identifier is invalid?"})
		return
	}
	switch modelID {
	case "@cf/meta/llama-3.1-8b-instruct-fast":
		envelope(w, 200, map[string]any{"response": "p"})
	case "@cf/baai/bge-small-en-v1.5":
		envelope(w, 200, map[string]any{"shape": []int{1, 384}, "data": [][]float64{make([]float64, 384)}})
	case "@cf/test/slow":
		time.Sleep(f.Slow)
		envelope(w, 200, map[string]any{"response": "p"})
	case "@cf/test/ratelimit":
		w.Header().Set("Retry-After", "0")
		envelope(w, 429, nil, [2]any{3040, "Capacity temporarily exceeded"})
	case "@cf/test/ratelimit-once":
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			envelope(w, 429, nil, [2]any{3040, "Capacity temporarily exceeded"})
			return
		}
		envelope(w, 200, map[string]any{"response": "p"})
	case "@cf/test/ratelimit-long":
		w.Header().Set("Retry-After", "30")
		envelope(w, 429, nil, [2]any{3040, "Capacity temporarily exceeded"})
	case "@cf/test/5xx":
		envelope(w, 500, nil, [2]any{7000, "Internal server error"})
	case "@cf/test/malformed":
		w.WriteHeader(200)
		fmt.Fprint(w, "<html>gateway hiccup</html>")
	case "@cf/test/noshape":
		envelope(w, 200, map[string]any{})
	case "@cf/test/hang":
		<-r.Context().Done()
	case "@cf/test/redirect":
		http.Redirect(w, r, f.RedirectTo+r.URL.Path, http.StatusTemporaryRedirect)
	case "@cf/test/paid-only":
		envelope(w, 403, nil, [2]any{5035, "This model requires the Workers Paid plan"})
	case "@cf/test/echo":
		envelope(w, 400, nil, [2]any{1001, "bad request from " + r.Header.Get("Authorization")})
	default:
		envelope(w, 400, nil, [2]any{5007, "No such model " + modelID + " or task"})
	}
}

func (f *Fake) openAI(w http.ResponseWriter, r *http.Request, route string, body []byte) {
	f.mu.Lock()
	f.hits["openai/"+route]++
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	if r.Header.Get("Authorization") != "Bearer "+Token {
		w.WriteHeader(401)
		fmt.Fprint(w, `{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}`)
		return
	}
	// The gateway forwards openai/{route} to https://api.openai.com/v1/{route}.
	switch route {
	case "chat/completions":
		fmt.Fprint(w, `{"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":"p"},"finish_reason":"length"}]}`)
	case "embeddings":
		vec := strings.TrimSuffix(strings.Repeat("0.1,", 1536), ",")
		fmt.Fprintf(w, `{"data":[{"embedding":[%s],"index":0}]}`, vec)
	default: // what OpenAI answers to a URL it does not have, the doubled /v1 included
		w.WriteHeader(404)
		fmt.Fprintf(w, `{"error":{"message":"Invalid URL (%s /v1/%s)","type":"invalid_request_error","param":null,"code":"unknown_url"}}`, r.Method, route)
	}
}

// workersAIOpenAI is Workers AI's OpenAI-compatible API
// (…/ai/v1/chat/completions, …/ai/v1/embeddings), the model in the body.
func (f *Fake) workersAIOpenAI(w http.ResponseWriter, r *http.Request, account, route string, body []byte) {
	var req struct {
		Model string `json:"model"`
	}
	_ = json.Unmarshal(body, &req)
	f.mu.Lock()
	f.hits["v1/"+route]++
	f.mu.Unlock()
	switch {
	case r.Header.Get("Authorization") != "Bearer "+Token:
		envelope(w, 401, nil, [2]any{10000, "Authentication error"})
	case account != Account:
		envelope(w, 404, nil, [2]any{7003, "Could not route to /accounts/" + account + "/ai/v1, perhaps your object identifier is invalid?"})
	case route == "chat/completions" && req.Model == "@cf/meta/llama-3.1-8b-instruct-fast":
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"p"},"finish_reason":"length"}]}`)
	case route == "embeddings" && req.Model == "@cf/baai/bge-small-en-v1.5":
		w.Header().Set("Content-Type", "application/json")
		vec := strings.TrimSuffix(strings.Repeat("0.1,", 384), ",")
		fmt.Fprintf(w, `{"object":"list","data":[{"object":"embedding","embedding":[%s],"index":0}]}`, vec)
	default:
		envelope(w, 400, nil, [2]any{5007, "No such model " + req.Model + " or task"})
	}
}

// Recorder is another host: it records what reaches it.
type Recorder struct {
	*httptest.Server
	Mu   sync.Mutex
	Seen []http.Header
}

// NewRecorder starts a recorder on 127.0.0.1.
func NewRecorder(t testing.TB) *Recorder {
	rec := &Recorder{}
	rec.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec.Mu.Lock()
		rec.Seen = append(rec.Seen, r.Header.Clone())
		rec.Mu.Unlock()
		envelope(w, 200, map[string]any{"response": "stolen"})
	}))
	t.Cleanup(rec.Close)
	return rec
}

// RequestTo finds the first request whose path ends with suffix; probes run
// concurrently, so arrival order says nothing.
func (f *Fake) RequestTo(suffix string) (Seen, bool) {
	for _, r := range f.Requests() {
		if strings.HasSuffix(r.Path, suffix) {
			return r, true
		}
	}
	return Seen{}, false
}
