package resolve

import (
	"net/url"
	"sync"
)

// A run resolves the same few default endpoints and request URLs for
// thousands of entries (every Workers AI entry of an account has the same
// base, every entry of a model the same URL). Parsing them once per run
// instead of once per request was a tenth of a 2,000-file check. Entries
// are immutable once made and shared read-only; the memo stops growing at
// memoLimit so that a corpus of all-different URLs costs no more memory
// than it did before.
const memoLimit = 4096

type memo[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

func (c *memo[V]) get(key string, make func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = make(key)
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]V{}
	}
	if len(c.m) < memoLimit {
		c.m[key] = v
	}
	c.mu.Unlock()
	return v
}

var (
	baseTexts    memo[*baseParts]
	defaultBases memo[*Base]
	requestURLs  memo[*requestURL]
)

// defaultBase is the parsed default endpoint of a type (Key ""), shared.
func defaultBase(s string) *Base {
	return defaultBases.get(s, func(s string) *Base {
		b := new(Base)
		parseBase(b, "", Value{Text: s, Class: Literal})
		return b
	})
}

// requestURL is a parsed request URL with its host as hosts compare and
// its port, which every request's service needs.
type requestURL struct {
	*url.URL
	host, port string
}

// parseRequestURL is url.Parse of a request URL, nil when it does not
// parse, shared: callers only read it.
func parseRequestURL(s string) *requestURL {
	return requestURLs.get(s, func(s string) *requestURL {
		u, err := url.Parse(s)
		if err != nil {
			return nil
		}
		return &requestURL{u, NormalHost(u.Hostname()), u.Port()}
	})
}

// parsedBase is parseBaseParts of a base URI's text, shared.
func parsedBase(s string) *baseParts { return baseTexts.get(s, parseBaseParts) }
