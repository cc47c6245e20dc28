package source

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPos(t *testing.T) {
	src := []byte("ab\r\nc“d\ne\rf")
	x := NewIndex(src)
	for _, tc := range []struct{ offset, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {4, 2, 1}, {5, 2, 2}, {8, 2, 3}, {10, 3, 1}, {12, 4, 1}, {13, 4, 2}, {99, 4, 2},
	} {
		p := x.Pos(tc.offset)
		assert.Equal(t, [2]int{tc.line, tc.col}, [2]int{p.Line, p.Col}, "offset %d", tc.offset)
	}
	assert.Equal(t, 4, x.Lines())
	line, start := x.Line(2)
	assert.Equal(t, "c“d", string(line))
	assert.Equal(t, 4, start)
}

func TestBOMIsNotAColumn(t *testing.T) {
	x := NewIndex([]byte("\uFEFF[1]"))
	assert.Equal(t, 1, x.Pos(3).Col)
	assert.Equal(t, 2, x.Pos(4).Col)
}
