//go:build !unix

package lint

import (
	"errors"
	"io"
	"os"
)

// readFile reads a regular file within limit; see read_unix.go for the
// fast path.
func readFile(path string, limit int64, outputs []os.FileInfo) ([]byte, error) {
	// Stat before opening: opening a FIFO blocks until someone writes to it.
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, &PathError{path, unwrapPathErr(err)}
	case oneOf(st, outputs):
		return nil, &PathError{path, outputError(st.Size())}
	case !st.Mode().IsRegular():
		return nil, &PathError{path, errors.New("not a regular file")}
	case st.Size() > limit:
		return nil, tooLarge(path, st.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &PathError{path, unwrapPathErr(err)}
	}
	defer f.Close()
	src, err := readAll(io.LimitReader(f, limit+1), st.Size())
	if err != nil {
		return nil, &PathError{path, unwrapPathErr(err)}
	}
	if int64(len(src)) > limit {
		return nil, tooLarge(path, int64(len(src)), limit)
	}
	return src, nil
}
