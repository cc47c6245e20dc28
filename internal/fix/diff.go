package fix

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// Diff writes a unified diff of before and after. Fixes never add or remove
// line breaks, so lines correspond one to one and each changed line is a
// replacement.
func Diff(w io.Writer, path string, before, after []byte) error {
	a, b := splitLines(before), splitLines(after)
	if len(a) != len(b) {
		return fmt.Errorf("internal error: a fix changed the number of lines")
	}
	const context = 3
	var changed []int
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			changed = append(changed, i)
		}
	}
	if len(changed) == 0 {
		return nil
	}
	secrets := model.SecretsIn(reader.Read(before).Root) // by field and by shape, wherever they sit
	name := strings.TrimPrefix(filepath.ToSlash(path), "/")
	fmt.Fprintf(w, "--- a/%s\n+++ b/%s\n", name, name)
	for i := 0; i < len(changed); {
		start := max(0, changed[i]-context)
		j := i
		for j+1 < len(changed) && changed[j+1]-changed[j] <= 2*context {
			j++
		}
		end := min(len(a), changed[j]+context+1)
		fmt.Fprintf(w, "@@ -%d,%d +%d,%d @@\n", start+1, end-start, start+1, end-start)
		for k := start; k < end; k++ {
			// Lines are masked: a fixed line is often the one with the apiKey.
			if bytes.Equal(a[k], b[k]) {
				fmt.Fprintf(w, " %s\n", secrets.MaskLine(string(a[k])))
				continue
			}
			fmt.Fprintf(w, "-%s\n+%s\n", secrets.MaskLine(string(a[k])), secrets.MaskLine(string(b[k])))
		}
		i = j + 1
	}
	return nil
}

func splitLines(b []byte) [][]byte {
	lines := bytes.Split(b, []byte("\n"))
	if len(lines) > 0 && len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		lines[i] = bytes.TrimSuffix(l, []byte("\r"))
	}
	return lines
}
