package resolve

import (
	"maps"
	"net/url"
	"sync"
	"sync/atomic"
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

// memo reads without a lock: every core of a check looks up its files'
// URLs in it, and a read lock's shared counter, written by each lookup,
// moves between the cores' caches. Lookups read an immutable snapshot;
// new entries go into dirty, under mu, which becomes the next snapshot
// once lookups have missed the snapshot as many times as dirty has
// entries (sync.Map's rule: a copy is paid for by as many misses).
type memo[V any] struct {
	read   atomic.Pointer[map[string]V]
	mu     sync.Mutex
	dirty  map[string]V // every entry: the snapshot's and newer ones
	misses int
}

func (c *memo[V]) get(key string, make func(string) V) V {
	if m := c.read.Load(); m != nil {
		if v, ok := (*m)[key]; ok {
			return v
		}
	}
	return c.slow(key, make)
}

// getBytes is get(string(key), make), without the copy on a hit.
func (c *memo[V]) getBytes(key []byte, make func(string) V) V {
	if m := c.read.Load(); m != nil {
		if v, ok := (*m)[string(key)]; ok { // no copy: the compiler looks up bytes as a string
			return v
		}
	}
	return c.slow(string(key), make)
}

// slow looks key up in dirty, else makes its value (outside the lock, as
// parsing may take a while) and adds it while there is room.
func (c *memo[V]) slow(key string, make func(string) V) V {
	c.mu.Lock()
	v, ok := c.dirty[key]
	if ok {
		c.missed()
	}
	c.mu.Unlock()
	if ok {
		return v
	}
	v = make(key)
	c.mu.Lock()
	if c.dirty == nil {
		c.dirty = map[string]V{}
	}
	if len(c.dirty) < memoLimit {
		c.dirty[key] = v
	}
	c.missed()
	c.mu.Unlock()
	return v
}

// missed counts a lookup the snapshot could not answer, and makes dirty
// the snapshot when enough have and it holds more. c.mu is held.
func (c *memo[V]) missed() {
	c.misses++
	if c.misses < len(c.dirty) {
		return
	}
	c.misses = 0
	if m := c.read.Load(); m != nil && len(*m) == len(c.dirty) {
		return // full: nothing new to show
	}
	m := maps.Clone(c.dirty)
	c.read.Store(&m)
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
