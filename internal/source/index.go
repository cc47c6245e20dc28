// Package source turns byte offsets in a file into the 1-based line and
// column a person sees in an editor. Columns count characters (Unicode code
// points), not bytes, so a curly quote or an accented letter is one column.
package source

import (
	"sort"
	"sync"
	"unicode/utf8"
)

// Pos is a place in the original bytes of a file.
type Pos struct {
	Offset int // byte offset
	Line   int // 1-based
	Col    int // 1-based, in code points
}

const bom = "\uFEFF"

// Index answers offset → line:col queries for one file.
type Index struct {
	src        []byte
	once       sync.Once
	lineStarts []int // byte offset of the first byte of each line, found on first use

	// The last answer: findings come in order, often many on one long line,
	// so counting on from there keeps a run linear rather than quadratic.
	mu                            sync.Mutex
	lastOffset, lastLine, lastCol int
}

// NewIndex returns the index of src. It scans src for line breaks on the
// first question, so a clean file, which is never asked, costs nothing.
// "\r\n", "\n" and a lone "\r" each end a line, so CRLF files report the
// same lines as LF files.
func NewIndex(src []byte) *Index { return &Index{src: src} }

func (x *Index) lines() []int {
	x.once.Do(func() { x.lineStarts = lineStarts(x.src) })
	return x.lineStarts
}

func lineStarts(src []byte) []int {
	starts := make([]int, 1, 64)
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// Pos returns the line and column of a byte offset; offsets past the end are
// clamped to the end of the input so that a finding at EOF stays inside it.
func (x *Index) Pos(offset int) Pos {
	if offset < 0 {
		offset = 0
	}
	if offset > len(x.src) {
		offset = len(x.src)
	}
	starts := x.lines()
	line := sort.Search(len(starts), func(i int) bool { return starts[i] > offset }) - 1
	start := starts[line]
	if line == 0 && offset >= len(bom) && string(x.src[:len(bom)]) == bom {
		start = len(bom) // editors do not show a byte order mark as a column
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	col := 1
	if x.lastLine == line+1 && x.lastOffset <= offset && x.lastOffset >= start {
		start, col = x.lastOffset, x.lastCol
	}
	col += utf8.RuneCount(x.src[start:offset])
	x.lastOffset, x.lastLine, x.lastCol = offset, line+1, col
	return Pos{Offset: offset, Line: line + 1, Col: col}
}

// Lines is the number of lines in the file.
func (x *Index) Lines() int { return len(x.lines()) }

// Line returns the text of a 1-based line without its line break.
func (x *Index) Line(n int) (text []byte, start int) {
	starts := x.lines()
	if n < 1 || n > len(starts) {
		return nil, 0
	}
	start = starts[n-1]
	end := len(x.src)
	if n < len(starts) {
		end = starts[n]
	}
	for end > start && (x.src[end-1] == '\n' || x.src[end-1] == '\r') {
		end--
	}
	return x.src[start:end], start
}
