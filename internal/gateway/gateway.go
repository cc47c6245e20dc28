// Package gateway takes Cloudflare AI Gateway paths apart
// (/v1/{account}/{gateway}/{provider}); internal/resolve builds on it.
package gateway

import (
	"net"
	"net/url"
	"strings"
)

// Host is Cloudflare's AI Gateway host.
const Host = "gateway.ai.cloudflare.com"

// Ref is a gateway base URI taken apart.
type Ref struct {
	Account  string
	Gateway  string
	Provider string
}

// Split returns the path segments of u, empty ones (from "//") included,
// without the leading and trailing slash.
func Split(u *url.URL) []string {
	p := strings.Trim(u.EscapedPath(), "/")
	if p == "" {
		return nil
	}
	segs := strings.Split(p, "/")
	for i, s := range segs {
		if un, err := url.PathUnescape(s); err == nil {
			segs[i] = un
		}
	}
	return segs
}

// Parse reads u's path as /v1/{account}/{gateway}/{provider}[/…]. ok is
// false when the path does not have that shape.
func Parse(u *url.URL) (Ref, bool) {
	segs := Split(u)
	var r Ref
	if len(segs) < 4 || segs[0] != "v1" {
		return r, false
	}
	for _, s := range segs[:4] {
		if s == "" {
			return r, false
		}
	}
	r.Account, r.Gateway, r.Provider = segs[1], segs[2], segs[3]
	return r, true
}

// IsLoopback reports whether host (without port) is this machine.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
