package probe

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/tidwall/gjson"
)

// classify turns an HTTP answer into a status and a message that carries the
// provider's own error code and text.
func classify(req *Request, status int, body []byte, header http.Header) (Status, string) {
	code, text := req.fromServer(providerError(body)) // cleaned, masked, cut (sanitize.go)
	detail := fmt.Sprintf("HTTP %d", status)
	if code != "" {
		detail += ": code " + code
	}
	if text != "" {
		detail += ": " + text
	}
	switch {
	case code == "5035":
		// Before the 401/403 case: the token is fine, the plan is not.
		return Rejected, detail + " (this model needs the Workers Paid plan; the account is on Workers Free)"
	case code == "10000" || code == "2009" || status == http.StatusUnauthorized || status == http.StatusForbidden:
		return Auth, detail + authHint(req, code)
	case code == "5007" || code == "7003" || status == http.StatusNotFound:
		return NotFound, detail + notFoundHint(req, code) + req.explain404
	case status == http.StatusTooManyRequests:
		return RateLimited, detail
	case status >= 500:
		return ServerError, detail
	case status >= 300 && status < 400:
		return BadResponse, redirectMessage(req, status, header.Get("Location"))
	case status >= 400:
		return Rejected, detail
	}
	if ok, why := expectedShape(req, body); !ok {
		return BadResponse, fmt.Sprintf("HTTP %d but %s", status, why)
	}
	if req.Kind == Embedding {
		return OK, fmt.Sprintf("%d dimensions", dimensions(body))
	}
	return OK, ""
}

func authHint(req *Request, code string) string {
	switch {
	case code == "2009" || (req.Header.Get("cf-aig-authorization") != "" && code == ""):
		return " (the AI Gateway rejected cf-aig-authorization, or the gateway is authenticated and none was sent)"
	case code == "10000":
		return " (the API token is wrong, expired, or lacks the Workers AI permission)"
	}
	return " (the API key was refused)"
}

func notFoundHint(req *Request, code string) string {
	switch code {
	case "5007":
		if req.modelHint != "" {
			return req.modelHint
		}
		return " (unknown model)"
	case "7003":
		return " (unknown account id)"
	}
	return ""
}

// providerError reads the error code and text of the envelopes qalint knows:
// Cloudflare v4 {"errors":[{"code","message"}]}, OpenAI-style {"error":{…}},
// Anthropic {"error":{"type","message"}}, and a bare {"message"}.
func providerError(body []byte) (code, text string) {
	if !gjson.ValidBytes(body) {
		return "", snippet(body)
	}
	r := gjson.ParseBytes(body)
	for _, path := range []string{"errors.0", "error.0"} { // v4 envelope; the gateway's variant
		if e := r.Get(path); e.IsObject() {
			return e.Get("code").String(), e.Get("message").String()
		}
	}
	if e := r.Get("error"); e.IsObject() {
		c := e.Get("code").String()
		if c == "" {
			c = e.Get("type").String()
		}
		return c, e.Get("message").String()
	}
	if e := r.Get("error"); e.Type == gjson.String {
		return "", e.String()
	}
	return "", r.Get("message").String()
}

func snippet(b []byte) string { return bodyText(b) } // cut short only once masked (sanitize.go)

// expectedShape checks that a 2xx carries what Qarbine needs: text for a
// completion, a vector for an embedding.
func expectedShape(req *Request, body []byte) (bool, string) {
	if !gjson.ValidBytes(body) {
		return false, "the body is not JSON: " + snippet(body)
	}
	r := gjson.ParseBytes(body)
	if s := r.Get("success"); s.Exists() && !s.Bool() {
		return false, "success is false"
	}
	if req.Kind == Embedding {
		if dimensions(body) == 0 {
			return false, "no embedding vector in the answer"
		}
		return true, ""
	}
	for _, path := range []string{"result.response", "result.choices.0.message.content", "choices.0.message.content", "content.0.text", "text", "message.content.0.text"} {
		if v := r.Get(path); v.Exists() && v.Type == gjson.String {
			return true, ""
		}
	}
	return false, "no completion text in the answer"
}

// dimensions is the length of the first embedding vector in the answer.
func dimensions(body []byte) int {
	r := gjson.ParseBytes(body)
	for _, path := range []string{"result.data.0", "data.0.embedding", "embeddings.0", "embeddings.float.0", "result.data.0.embedding"} {
		if v := r.Get(path); v.IsArray() {
			n := 0
			for _, x := range v.Array() {
				if x.Type != gjson.Number {
					return 0
				}
				n++
			}
			return n
		}
	}
	return 0
}

// redirectMessage says why a redirect was not followed: none is, since
// where credentials may go is judged on the URL the settings name.
func redirectMessage(req *Request, status int, location string) string {
	if strings.TrimSpace(location) == "" {
		return fmt.Sprintf("HTTP %d, a redirect without a Location (where to): not followed", status)
	}
	from, err1 := url.Parse(req.URL)
	to, err2 := url.Parse(location)
	if err1 == nil && err2 == nil {
		abs := from.ResolveReference(to)
		location = abs.String() // a relative one resolved: the URL to put in the settings
		if strings.EqualFold(abs.Host, from.Host) {
			return fmt.Sprintf("HTTP %d redirect to %s not followed: a probe follows no redirect, since where its credentials may go is judged on the URL in the settings; put the URL the server wants there", status, location)
		}
	}
	return fmt.Sprintf("HTTP %d redirect to %s not followed: credentials are never sent to another host", status, location)
}
