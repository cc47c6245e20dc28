package reader

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"
)

// FuzzRead: no input panics the reader, every position it reports lies
// inside the input, with spans that do not run backwards, and reading into
// an arena kept from input to input (as check does) reads the same tree.
func FuzzRead(f *testing.F) {
	var arena Arena
	seeds, _ := filepath.Glob("../../testdata/*/*/*")
	more, _ := filepath.Glob("../../testdata/examples/*")
	texts, _ := filepath.Glob("../../testdata/settings/*")
	for _, p := range append(append(seeds, more...), texts...) {
		if b, err := os.ReadFile(p); err == nil && filepath.Ext(p) != ".golden" {
			f.Add(b)
		}
	}
	for _, s := range []string{"", "[", "{", "“", "aiAssistants = ", "[1,]", "{'a':`b`}", "/*", "\"\\u", "\xef\xbb\xbf",
		"a = 1, b\nlet c = [,0x1F,] ; export default `${X}`", "var x = 2.5 -3; module.exports = {u: undefined}", "\xff\xfe[\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		text, _ := Decode(src)
		r := Read(text)
		n := len(text)
		if r.Err != nil && (r.Err.Offset < 0 || r.Err.Offset > n) {
			t.Fatalf("error offset %d outside input of %d bytes", r.Err.Offset, n)
		}
		for _, tol := range r.Tolerances {
			if tol.Start < 0 || tol.End > n || tol.Start > tol.End {
				t.Fatalf("tolerance %v span %d..%d outside input of %d bytes", tol.Kind, tol.Start, tol.End, n)
			}
			for _, e := range tol.Edits {
				if e.Start < 0 || e.End > n || e.Start > e.End {
					t.Fatalf("edit %d..%d outside input", e.Start, e.End)
				}
			}
		}
		if r.Root != nil {
			checkNode(t, r.Root, n)
		}
		if in := ReadIn(&arena, text); !reflect.DeepEqual(r, in) {
			t.Fatalf("ReadIn, into an arena used before, differs from Read")
		}
		arena.Reset()
	})
}

func checkNode(t *testing.T, node *Node, n int) {
	if node.Start < 0 || node.End > n || node.Start >= node.End {
		t.Fatalf("%v span %d..%d outside input of %d bytes", node.Kind, node.Start, node.End, n)
	}
	if node.Kind == String && !utf8.ValidString(node.Text) {
		t.Fatalf("string value is not valid UTF-8: %q", node.Text)
	}
	for _, m := range node.Members {
		if m.KeyStart < node.Start || m.KeyEnd > node.End {
			t.Fatalf("key %q outside its object", m.Key)
		}
		checkNode(t, m.Value, n)
	}
	for _, it := range node.Items {
		checkNode(t, it, n)
	}
}
