package fix

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/resolve"
	"github.com/qalint/qalint/internal/secret"
)

// Diff writes a unified diff of before and after that `git apply` and
// `patch` accept. Fixes never add or remove line breaks, so lines
// correspond one to one and each changed line is a replacement. Lines keep
// their CR, so a CRLF file's patch applies to it, and a last line without
// a line break is marked as such.
//
// A change of encoding (UTF-16 to UTF-8) changes every byte, so that file's
// patch is a git binary patch, which `git apply` accepts; it is refused
// (ErrSecretInBinaryPatch) when the file holds a credential, which the
// patch would carry unmasked. A text patch is refused (ErrSecretInPatch)
// when a line it would carry holds a credential: masked, the patch would
// not apply, and `git apply` applies all of a patch or none of it.
func Diff(w io.Writer, path string, before, after []byte) error {
	return diff(w, path, before, after, true)
}

// DiffToRead is Diff for a reader, not for git apply (the playground's
// view): lines holding a credential are masked, and the patch is written
// even though, masked, it would not apply.
func DiffToRead(w io.Writer, path string, before, after []byte) error {
	return diff(w, path, before, after, false)
}

func diff(w io.Writer, path string, before, after []byte, toApply bool) error {
	text, enc := reader.Decode(before)
	secrets := model.SecretsIn(reader.Read(text).Root, text) // by field and by shape, wherever they sit
	name := strings.TrimPrefix(filepath.ToSlash(path), "/")
	if enc != reader.UTF8 {
		if holdsSecret(text, secrets) {
			return ErrSecretInBinaryPatch
		}
		return binaryPatch(w, name, before, after)
	}
	before = text
	a, b := splitLines(before), splitLines(after)
	aOpen, bOpen := len(before) > 0 && before[len(before)-1] != '\n', len(after) > 0 && after[len(after)-1] != '\n'
	var patch bytes.Buffer // written once whole: a patch that would carry a credential is not written at all
	holds := false
	line := func(prefix byte, text []byte, open bool) {
		masked := resolve.MaskLine(string(text), secrets)
		holds = holds || masked != string(text)
		fmt.Fprintf(&patch, "%c%s\n", prefix, masked)
		if open {
			fmt.Fprintln(&patch, `\ No newline at end of file`)
		}
	}
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
	fmt.Fprintf(&patch, "--- a/%s\n+++ b/%s\n", name, name)
	for i := 0; i < len(changed); {
		start := max(0, changed[i]-context)
		j := i
		for j+1 < len(changed) && changed[j+1]-changed[j] <= 2*context {
			j++
		}
		end := min(len(a), changed[j]+context+1)
		fmt.Fprintf(&patch, "@@ -%d,%d +%d,%d @@\n", start+1, end-start, start+1, end-start)
		for k := start; k < end; k++ {
			last := k == len(a)-1
			if bytes.Equal(a[k], b[k]) && aOpen == bOpen {
				line(' ', a[k], last && aOpen)
				continue
			}
			line('-', a[k], last && aOpen)
			line('+', b[k], last && bOpen)
		}
		i = j + 1
	}
	if holds && toApply {
		return ErrSecretInPatch
	}
	_, err := w.Write(patch.Bytes())
	return err
}

// holdsSecret reports whether masking would change any line of text.
func holdsSecret(text []byte, secrets *secret.Set) bool {
	for _, l := range splitLines(text) {
		if resolve.MaskLine(string(l), secrets) != string(l) {
			return true
		}
	}
	return false
}

func splitLines(b []byte) [][]byte {
	lines := bytes.Split(b, []byte("\n"))
	if len(lines) > 0 && len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	return lines
}
