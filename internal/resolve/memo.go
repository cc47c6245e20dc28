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
//
// The texts are looked up as bytes written on the caller's stack: a hit
// hands back the memo's own copy of the text, so that a request's URL,
// its default base and its forwarding URL cost no allocation of their own.
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
	return c.add(key, make)
}

// getBytes is get(string(key), make), without the copy on a hit.
func (c *memo[V]) getBytes(key []byte, make func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[string(key)] // no copy: the compiler looks up bytes as a string
	c.mu.RUnlock()
	if ok {
		return v
	}
	return c.add(string(key), make)
}

func (c *memo[V]) add(key string, make func(string) V) V {
	v := make(key)
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
	texts        memo[string] // forwarding URLs: the text is all there is
)

// defaultBase is the parsed default endpoint of a type (Key ""), shared.
func defaultBase(s string) *Base { return defaultBases.get(s, newDefaultBase) }

// defaultBaseBytes is defaultBase(string(b)); its Value.Text is the text.
func defaultBaseBytes(b []byte) *Base { return defaultBases.getBytes(b, newDefaultBase) }

func newDefaultBase(s string) *Base {
	b := new(Base)
	parseBase(b, "", Value{Text: s, Class: Literal})
	return b
}

// requestURL is a request URL, its text and, when it parses, the parse
// with its host as hosts compare and its port, which every request's
// service needs.
type requestURL struct {
	*url.URL   // nil when the text does not parse
	text       string
	host, port string
}

// requestURLOf is the request URL b spells, shared: callers only read it.
func requestURLOf(b []byte) *requestURL { return requestURLs.getBytes(b, newRequestURL) }

func newRequestURL(s string) *requestURL {
	u, err := url.Parse(s)
	if err != nil {
		return &requestURL{text: s}
	}
	return &requestURL{u, s, NormalHost(u.Hostname()), u.Port()}
}

// sharedText is string(b), shared.
func sharedText(b []byte) string { return texts.getBytes(b, func(s string) string { return s }) }

// parsedBase is parseBaseParts of a base URI's text, shared.
func parsedBase(s string) *baseParts { return baseTexts.get(s, parseBaseParts) }
