package secret

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on its first use. Compiling
// the package's fifteen at start cost every run about half a millisecond,
// and a check of clean files uses few of them or none.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// expressions are every lazyRegexp, so that a test compiles them all.
var expressions []*lazyRegexp

func lazyRegexpOf(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr}
	expressions = append(expressions, l)
	return l
}

// get is the compiled expression.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}
