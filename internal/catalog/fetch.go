package catalog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/qalint/qalint/internal/secret"
	"github.com/qalint/qalint/internal/untrusted"
)

// FetchOptions say where and as whom to read the live model list.
type FetchOptions struct {
	API      string // base of the Cloudflare v4 API, e.g. https://api.cloudflare.com/client/v4
	Account  string
	Token    string
	Client   *http.Client // nil: a client with a 30 s timeout
	PerPage  int          // 0: 100
	MaxPages int          // 0: 50; a guard against a server that never ends
	Now      func() time.Time
}

// FetchError says why an update failed: Kind is auth, network,
// rate-limit or response.
type FetchError struct {
	Kind string
	Msg  string
}

func (e *FetchError) Error() string { return e.Kind + ": " + e.Msg }

// maxServerText is the most of the server's own text (an error message, a
// header) an error quotes, in characters; maxErrorText bounds the whole.
const (
	maxServerText = 300
	maxErrorText  = 1000
)

// FetchLive reads every page of GET /accounts/{id}/ai/models/search. The
// token goes only to opts.API, and over plain http only to a loopback host.
// An error never shows the token in any form (cased, URL-encoded, base64,
// a piece of it), nor the server's text uncleaned (see untrusted.Clean).
func FetchLive(ctx context.Context, opts FetchOptions) (*Live, error) {
	secrets := &secret.Set{}
	secrets.Add(opts.Token)
	live, err := fetchLive(ctx, opts, secrets)
	var fe *FetchError
	if errors.As(err, &fe) {
		fe.Msg = untrusted.Cut(secrets.MaskOr(untrusted.Clean(fe.Msg), withheldText), maxErrorText)
	}
	return live, err
}

func fetchLive(ctx context.Context, opts FetchOptions, secrets *secret.Set) (*Live, error) {
	base := strings.TrimRight(opts.API, "/")
	u, err := url.Parse(base)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, &FetchError{"network", fmt.Sprintf("%q is not an http(s) URL", opts.API)}
	}
	if u.Scheme == "http" && !isLoopback(u.Hostname()) {
		return nil, &FetchError{"network", "refusing to send the API token in clear to " + u.Host + ": use https"}
	}
	if opts.Account == "" || opts.Token == "" {
		return nil, &FetchError{"auth", "an account id and an API token are needed (--account and --token, or CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN)"}
	}
	client := opts.Client
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	perPage, maxPages := opts.PerPage, opts.MaxPages
	if perPage <= 0 {
		perPage = 100
	}
	if maxPages <= 0 {
		maxPages = 50
	}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	live := &Live{API: base}
	seen := map[string]bool{}
	got := 0
	for page := 1; ; page++ {
		if page > maxPages {
			return nil, &FetchError{"response", fmt.Sprintf("more than %d pages; stopped", maxPages)}
		}
		env, err := fetchPage(ctx, client, base, opts.Account, opts.Token, page, perPage, secrets)
		if err != nil {
			return nil, err
		}
		for _, r := range env.Result {
			if !untrusted.IsPrintableID(r.Name) || seen[r.Name] { // a model id is printable ASCII: anything else is not shown, nor kept
				continue
			}
			seen[r.Name] = true
			live.Models = append(live.Models, r.model())
		}
		got += len(env.Result)
		// The server may page smaller than asked: trust what it says.
		info, size := env.ResultInfo, perPage
		if info.PerPage > 0 {
			size = info.PerPage
		}
		more := false
		switch {
		case len(env.Result) == 0:
		case info.TotalPages > 0:
			more = page < info.TotalPages
		case info.TotalCount > 0:
			more = got < info.TotalCount
		default:
			more = len(env.Result) >= size
		}
		if !more {
			break
		}
	}
	live.FetchedAt = now().UTC().Truncate(time.Second)
	return live, nil
}

type searchEnvelope struct {
	Success bool `json:"success"`
	Errors  []struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"errors"`
	Result     []searchModel `json:"result"`
	ResultInfo struct {
		Page       int `json:"page"`
		PerPage    int `json:"per_page"`
		Count      int `json:"count"`
		TotalCount int `json:"total_count"`
		TotalPages int `json:"total_pages"`
	} `json:"result_info"`
}

type searchModel struct {
	Name string `json:"name"`
	Task struct {
		Name string `json:"name"`
	} `json:"task"`
	Properties []struct {
		ID    string          `json:"property_id"`
		Value json.RawMessage `json:"value"`
	} `json:"properties"`
}

func (s searchModel) model() LiveModel {
	m := LiveModel{ID: s.Name, Task: TaskName(s.Task.Name)}
	for _, p := range s.Properties {
		v := scalar(p.Value)
		switch p.ID {
		case "planned_deprecation_date":
			if len(v) >= 10 {
				if _, err := time.Parse(time.DateOnly, v[:10]); err == nil {
					m.Deprecated = v[:10]
				}
			}
		case "output_dimensions":
			if n, err := strconv.Atoi(v); err == nil && n > 0 {
				m.Dimensions = n
			}
		}
	}
	return m
}

// scalar reads a property value Cloudflare writes as a string or a number.
func scalar(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

func fetchPage(ctx context.Context, client *http.Client, base, account, token string, page, perPage int, secrets *secret.Set) (*searchEnvelope, error) {
	// The server's text is cleaned, masked and only then cut: a cut could
	// leave a piece of the token no rule recognises.
	server := func(s string) string {
		return untrusted.Cut(secrets.MaskOr(untrusted.Clean(s), withheldText), maxServerText)
	}
	target := fmt.Sprintf("%s/accounts/%s/ai/models/search?per_page=%d&page=%d", base, url.PathEscape(account), perPage, page)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, &FetchError{"network", err.Error()}
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("User-Agent", "qalint-catalog")
	resp, err := client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is known; say what went wrong
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, &FetchError{"network", fmt.Sprintf("page %d: no answer before the --timeout passed", page)}
		}
		return nil, &FetchError{"network", fmt.Sprintf("page %d: %s", page, server(err.Error()))}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxPageBytes+1))
	if err != nil {
		return nil, &FetchError{"network", fmt.Sprintf("page %d: %v", page, err)}
	}
	if len(body) > maxPageBytes {
		// A page of 100 models is some 100 KB; a larger answer is none of
		// Cloudflare's (an outside tester's 12.7 MB page of 200,000 models
		// was cached, and every later check took 40 times as long).
		return nil, &FetchError{"response", fmt.Sprintf("page %d: HTTP %d, and the answer is over %d MiB, which no page of %d models is; nothing was cached", page, resp.StatusCode, maxPageBytes>>20, perPage)}
	}
	var env searchEnvelope
	jsonErr := json.Unmarshal(body, &env)
	detail := fmt.Sprintf("page %d: HTTP %d", page, resp.StatusCode)
	if len(env.Errors) > 0 {
		detail += fmt.Sprintf(": code %d: %s", env.Errors[0].Code, server(env.Errors[0].Message))
	}
	code := 0
	if len(env.Errors) > 0 {
		code = env.Errors[0].Code
	}
	switch {
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden || code == 10000:
		return nil, &FetchError{"auth", detail + " (the token is wrong, expired, or lacks Workers AI Read on this account)"}
	case resp.StatusCode == http.StatusTooManyRequests:
		if ra := resp.Header.Get("Retry-After"); ra != "" {
			detail += "; Retry-After " + server(ra)
		}
		return nil, &FetchError{"rate-limit", detail + " (try again later)"}
	case code == 7003 || resp.StatusCode == http.StatusNotFound:
		return nil, &FetchError{"response", detail + " (is the account id right?)"}
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		return nil, &FetchError{"response", detail + " redirect to " + server(resp.Header.Get("Location")) + " not followed (the token goes nowhere but to --cloudflare-api)"}
	case resp.StatusCode != http.StatusOK:
		return nil, &FetchError{"response", detail}
	case jsonErr != nil:
		why := "it is not JSON"
		var typeErr *json.UnmarshalTypeError
		if errors.As(jsonErr, &typeErr) {
			why = "its " + typeErr.Field + " is not what Cloudflare sends" // (not Go's "cannot unmarshal … of type []catalog.searchModel")
		}
		return nil, &FetchError{"response", fmt.Sprintf("page %d: the answer is not Cloudflare's JSON envelope: %s", page, why)}
	case !env.Success:
		return nil, &FetchError{"response", detail + " (success is false)"}
	case len(env.Result) > perPage:
		return nil, &FetchError{"response", fmt.Sprintf("page %d lists %d models where %d were asked for: not Cloudflare's answer; nothing was cached", page, len(env.Result), perPage)}
	}
	return &env, nil
}

// withheldText stands for text that quotes the token in a form masking
// cannot cut out (secret.Set.MaskOr).
const withheldText = "(the answer quotes the token in a form qalint cannot mask, so it is not shown)"

// maxPageBytes bounds one page of the model list.
const maxPageBytes = 4 << 20

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
