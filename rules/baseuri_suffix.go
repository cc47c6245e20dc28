package rules

import (
	"bytes"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/resolve"
)

// BaseURISuffix reports a base URI that Qarbine's own path would double,
// or that holds the model id Qarbine appends itself.
var BaseURISuffix = &Rule{
	ID:       "baseuri-suffix",
	Severity: model.Warning,
	Summary:  "a base URI ending in /, /v1, /chat/completions, /embeddings, holding a model id, or with a query string",
	Doc: "Qarbine appends its own path to the base URI (for OpenAI-style services /v1/chat/completions, " +
		"as its 401 message shows: …/openai/v1/chat/completions; for Cloudflare entries the model id). A base " +
		"URI that already ends in /v1 or /chat/completions, that holds a model id, or that ends in a slash yields " +
		"a doubled or broken path; a query string ends up in the middle of the URL. qalint quotes the URL " +
		"Qarbine would call (the same one `qalint probe --dry-run` shows) and the whole corrected base URI, so " +
		"one edit resolves it. Qarbine's appended path is inferred, so this is a warning unless the route is " +
		"confirmed.",
	Bad:  `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/…/my-gateway/openai/v1" }`,
	Good: `{ "type": "OpenAI", "alias": "gpt", "baseURI1": "https://gateway.ai.cloudflare.com/v1/…/my-gateway/openai" }`,
	Check: func(c *Context) {
		for _, re := range c.Resolved() {
			done := map[string]bool{}
			for _, r := range re.Requests {
				b := r.Base
				if b == nil || b.Key == "" || b.URL == nil || done[b.Key] {
					continue
				}
				done[b.Key] = true
				_, why := correctedBase(b.Value.Text, r.Model.Text)
				if why == "" {
					continue
				}
				fixed, stuck := baseAdvice(c, re, b)
				if fixed == "" {
					fixed = correctBase(c, re, b)
				}
				note := ""
				if stuck && upstreamDoubled(c, re, b) == nil {
					note = "; " + noGatewayBase(r) + ", so this reaches the provider directly"
				}
				sev := model.Warning
				if r.Route != nil && !r.Route.Inferred {
					sev = model.Error
				}
				if r.URL == "" {
					c.Sure(sev, re.Entry, b.Value, "%s %s; set %s to %s%s", b.Key, why, b.Key, suggestedURL(fixed), note)
					continue
				}
				c.Sure(sev, re.Entry, b.Value, "%s %s: Qarbine would call %s; set %s to %s, so that it calls %s%s",
					b.Key, why, quotedURL(r.URL), b.Key, suggestedURL(fixed), quotedURL(withBase(r, fixed)), note)
			}
		}
	},
}

// doubledSuffixes are the path ends Qarbine appends itself.
var doubledSuffixes = []string{"/chat/completions", "/completions", "/embeddings", "/v1"}

// correctedBase is the whole base URI with what Qarbine appends itself
// taken out (a model id, /v1, /chat/completions, a trailing slash) and any
// query string or fragment dropped; why says what was wrong, "" when
// nothing was.
func correctedBase(raw, modelID string) (fixed, why string) {
	s := strings.TrimSpace(raw)
	var whys []string
	if i := indexQueryOrFragment(s); i >= 0 {
		s = s[:i]
		whys = append(whys, "has a query string or fragment, after which Qarbine appends its path")
	}
	if id, at := modelInPath(s, modelID); at >= 0 {
		s = s[:at]
		whys = append(whys, "holds the model id "+model.Quote(id)+", which Qarbine appends itself from the model field")
	}
	// Only the path is cut, never the host: https://api.openai.com/v1 is
	// the host and /v1, which Qarbine appends itself (an outside tester's
	// direct base passed, and was even suggested, where the request went
	// to …/v1/v1/chat/completions).
	pathStart := 0
	if i := strings.Index(s, "://"); i >= 0 {
		pathStart = len(s)
		if j := strings.IndexByte(s[i+3:], '/'); j >= 0 {
			pathStart = i + 3 + j
		}
	}
	var removed string
	slash := false
	for {
		t := strings.TrimRight(s, "/")
		slash = slash || t != s
		s = t
		cut := false
		for _, suf := range doubledSuffixes {
			if strings.HasSuffix(s, suf) && len(s)-len(suf) >= pathStart {
				s, removed, cut = s[:len(s)-len(suf)], suf+removed, true
				break
			}
		}
		if !cut {
			break
		}
	}
	switch {
	case removed != "":
		whys = append(whys, "ends in "+removed+", which Qarbine appends itself")
	case slash && len(whys) == 0:
		whys = append(whys, "ends in /, and Qarbine adds its own, giving // in the path")
	}
	if len(whys) == 0 {
		return s, ""
	}
	return s, strings.Join(whys, ", and ")
}

// indexQueryOrFragment is strings.IndexAny(s, "?#"), without building the
// set of bytes each time: two byte searches.
func indexQueryOrFragment(s string) int {
	i, j := strings.IndexByte(s, '?'), strings.IndexByte(s, '#')
	if i < 0 || j >= 0 && j < i {
		return j
	}
	return i
}

// modelInPath finds a model id in a URL's path: the entry's own model, or
// a Workers AI id (@cf/…, @hf/…); at is where its segment starts (the
// slash before it), -1 when there is none.
func modelInPath(s, modelID string) (string, int) {
	path := s
	if i := strings.Index(s, "://"); i >= 0 {
		if j := strings.IndexByte(s[i+3:], '/'); j >= 0 {
			path = s[i+3+j:]
		} else {
			return "", -1
		}
	}
	offset := len(s) - len(path)
	if modelID != "" && !strings.Contains(modelID, "${") {
		if i := segmentIndex(path, modelID); i >= 0 {
			return modelID, offset + i
		}
	}
	for _, p := range []string{"/@cf/", "/@hf/"} {
		if i := strings.Index(path, p); i >= 0 {
			return path[i+1:], offset + i
		}
	}
	return "", -1
}

// segmentIndex is strings.Index(path+"/", "/"+seg+"/"), without building
// the two strings when they fit on the stack (they usually do).
func segmentIndex(path, seg string) int {
	const room = 256
	if len(path)+1 > room || len(seg)+2 > room {
		return strings.Index(path+"/", "/"+seg+"/")
	}
	var h, n [room]byte
	return bytes.Index(append(append(h[:0], path...), '/'), append(append(append(n[:0], '/'), seg...), '/'))
}

// withBase is the URL the request would call with another base URI: the
// same path appended, computed from the resolver's URL.
func withBase(r *resolve.Request, base string) string {
	appended, ok := strings.CutPrefix(r.URL, strings.TrimSpace(r.Base.Value.Text))
	if !ok {
		return base
	}
	return strings.TrimRight(base, "/") + appended
}
