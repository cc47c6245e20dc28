package fix

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/reader"
)

func TestBytes(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"curly pair", `[{"a": “x”}]`, `[{"a": "x"}]`},
		{"mixed", `[{"a": “x"}]`, `[{"a": "x"}]`},
		{"curly key and single family", `[{“a”: ‘x’}]`, `[{"a": "x"}]`},
		{"trailing commas in strict JSON", "[\n {\"a\": 1,},\n]", "[\n {\"a\": 1}\n]"},
		{"BOM", "\uFEFF[1]", "[1]"},
		{"comments and layout kept", "// head\n[ {\"a\":   “x”} ] /* tail */", "// head\n[ {\"a\":   \"x\"} ] /* tail */"},
		{"JS literal keeps its trailing commas", "aiAssistants = [{type: “Cloudflare”,},];", "aiAssistants = [{type: \"Cloudflare\",},];"},
		{"single family holding a double quote is written anew", `[{"a": ‘say "hi"’}]`, `[{"a": "say \"hi\""}]`},
		{"curly inside straight strings is content", `[{"a": "the “main” one"}]`, `[{"a": "the “main” one"}]`},
		{"nothing to do", `[{"a": 1}]`, `[{"a": 1}]`},
		{"a template literal becomes a quoted string", "a = [{k: `Bearer ${T}`,}];", "a = [{k: \"Bearer ${T}\",}];"},
		{"a template over two lines keeps its lines", "a = [`x\n${T}`];", "a = [\"x\\n\\\n${T}\"];"},
		{"a template's CR LF is a line break, and the file keeps its CR LF", "a = [`x\r\n${T}`];\r\n", "a = [\"x\\n\\\r\n${T}\"];\r\n"},
		{"so is a lone CR", "a = [`x\ry${T}`];", "a = [\"x\\n\\\ny${T}\"];"},
		{"then the JSON text loses its trailing comma", "[{\"k\": `Bearer ${T}`,}]", "[{\"k\": \"Bearer ${T}\"}]"},
		{"a plain backtick string is left alone", "a = [`x`]", "a = [`x`]"},
		{"control characters escaped in JSON", "[\"a\tb\x01\"]", `["a\tb\u0001"]`},
		{"control characters kept in JavaScript", "a = ['a\tb']", "a = ['a\tb']"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Bytes([]byte(tc.in))
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(res.Output))
			again, err := Bytes(res.Output)
			require.NoError(t, err)
			assert.False(t, again.Changed(), "fix is idempotent")
		})
	}
}

func TestUTF16BecomesUTF8(t *testing.T) {
	src := []byte{0xFF, 0xFE, '[', 0, '"', 0, 0xE9, 0, '"', 0, ',', 0, ']', 0} // ["é",] in UTF-16LE
	res, err := Bytes(src)
	require.NoError(t, err)
	assert.Equal(t, `["é"]`, string(res.Output))
	assert.Equal(t, "UTF-16LE to UTF-8, 1 trailing comma, 1 byte order mark", res.Summary())
	res, err = Bytes([]byte{0xFE, 0xFF, 0, '[', 0, ']'})
	require.NoError(t, err)
	assert.Equal(t, "[]", string(res.Output))
}

// UTF-16 that UTF-8 cannot hold (an unpaired surrogate, a dangling byte)
// is not converted: the value would change. fix says where, and how to go
// on; a pair is converted.
func TestUTF16ThatUTF8CannotHoldIsNotConverted(t *testing.T) {
	_, err := Bytes([]byte{0xFF, 0xFE, '[', 0, '"', 0, 'a', 0, 0x00, 0xD8, '"', 0, ']', 0}) // ["a\uD800"]
	var u *Unreadable
	require.ErrorAs(t, err, &u)
	require.Len(t, u.Places, 1)
	assert.Contains(t, u.Places[0].Msg, "UTF-8 cannot hold")
	assert.Equal(t, [2]int{1, 4}, [2]int{u.Places[0].Line, u.Places[0].Col})
	assert.False(t, u.Places[0].Skipped, "to mend, not to delete")

	_, err = Bytes([]byte{0xFF, 0xFE, '[', 0, ']', 0, '\n'}) // [] and half a character
	require.ErrorAs(t, err, &u, "a dangling byte is refused too")

	res, err := Bytes([]byte{0xFF, 0xFE, '[', 0, '"', 0, 0x3D, 0xD8, 0x00, 0xDE, '"', 0, ']', 0}) // ["😀"]: a pair
	require.NoError(t, err)
	assert.Equal(t, "[\"\U0001F600\"]", string(res.Output))
}

func TestJavaScriptFileKeepsTrailingCommas(t *testing.T) {
	res, err := Text("settings.js", []byte(`[{"a": 1,}]`))
	require.NoError(t, err)
	assert.False(t, res.Changed(), "a .js file is JavaScript: its trailing commas are valid")
}

func TestRefusesWhatItCannotRead(t *testing.T) {
	src := []byte("{\n\"model1\": “xxx”, ← The completion default is …\n}")
	_, err := Bytes(src)
	require.ErrorIs(t, err, ErrUnreadable)
	assert.Contains(t, err.Error(), "line 2, column 18")
}

// Each place says whether it is text the reader skipped (to delete) or
// one to mend, in the order of the text.
func TestUnreadablePlacesSayWhatToDo(t *testing.T) {
	_, err := Bytes([]byte("[\n  { \"type\": \"Cloudflare\", ← a note\n    \"alias\": \"x\"\n"))
	var u *Unreadable
	require.ErrorAs(t, err, &u)
	assert.Equal(t, []Place{
		{Line: 2, Col: 27, Msg: u.Places[0].Msg, Skipped: true},
		{Line: 4, Col: 1, Msg: u.Places[1].Msg},
	}, u.Places)
	assert.Contains(t, u.Places[1].Msg, "not closed")

	_, err = Bytes(nil)
	require.ErrorAs(t, err, &u)
	require.Len(t, u.Places, 1)
	assert.False(t, u.Places[0].Skipped, "an empty file has nothing to delete")
}

func TestSummary(t *testing.T) {
	res, err := Bytes([]byte("\uFEFF[{“a”: “b”,},]"))
	require.NoError(t, err)
	assert.Equal(t, "2 curly quotes, 2 trailing commas, 1 byte order mark", res.Summary())
}

func writeFile(t *testing.T, body string, perm os.FileMode) string {
	p := filepath.Join(t.TempDir(), "s.json")
	require.NoError(t, os.WriteFile(p, []byte(body), perm))
	return p
}

func TestWriteAtomicKeepsPermissions(t *testing.T) {
	p := writeFile(t, "old", 0o640)
	require.NoError(t, WriteAtomic(OS{}, p, []byte("old"), []byte("new")))
	b, _ := os.ReadFile(p)
	assert.Equal(t, "new", string(b))
	st, _ := os.Stat(p)
	assert.Equal(t, fs.FileMode(0o640), st.Mode().Perm())
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(p), ".s.json.qalint-*"))
	assert.Empty(t, leftovers)
}

func TestWriteAtomicRefusesReadOnly(t *testing.T) {
	p := writeFile(t, "old", 0o444)
	err := WriteAtomic(OS{}, p, []byte("old"), []byte("new"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "read-only")
	b, _ := os.ReadFile(p)
	assert.Equal(t, "old", string(b))
}

func TestWriteAtomicRefusesAFileChangedMeanwhile(t *testing.T) {
	p := writeFile(t, "changed by someone else", 0o644)
	err := WriteAtomic(OS{}, p, []byte("what qalint read"), []byte("new"))
	require.ErrorIs(t, err, ErrChanged)
	b, _ := os.ReadFile(p)
	assert.Equal(t, "changed by someone else", string(b))
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(p), ".s.json.qalint-*"))
	assert.Empty(t, leftovers, "the temporary file is removed")
}

// fullDisk is a file system whose temporary files fail part-way, as on a
// full disk.
type fullDisk struct {
	OS
	created []string
}

type failingFile struct{ *os.File }

func (f failingFile) Write(p []byte) (int, error) {
	n, _ := f.File.Write(p[:len(p)/2])
	return n, errors.New("no space left on device")
}

func (d *fullDisk) CreateTemp(dir, pattern string) (File, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	d.created = append(d.created, f.Name())
	return failingFile{f}, nil
}

func TestWriteAtomicOnAFullDiskLeavesTheOriginal(t *testing.T) {
	p := writeFile(t, "original", 0o644)
	d := &fullDisk{}
	err := WriteAtomic(d, p, []byte("original"), []byte("a longer replacement"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no space left")
	assert.Contains(t, err.Error(), "original is unchanged")
	b, _ := os.ReadFile(p)
	assert.Equal(t, "original", string(b))
	require.Len(t, d.created, 1)
	_, statErr := os.Stat(d.created[0])
	assert.True(t, os.IsNotExist(statErr), "the partial temporary file is removed")
}

// A file whose patch would carry a credential, on a changed line or a
// context line, in any field, is left out of the diff: masked, the patch
// would not apply, and git applies a patch whole or not at all. Nothing of
// it is written.
func TestDiffLeavesOutAPatchThatWouldCarryACredential(t *testing.T) {
	const key, token, session = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wYz", "Bn4mC5vX6zL7kJ8hG9fD0sA1qW2eR3tY", "s3ss10nValue"
	for name, before := range map[string]string{
		"on the changed line": "[\n  {\"apiKey\": “Qx7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA”}\n]\n",
		"in any field": "[\n  {\"model1\": “sk-proj-" + key + "”,\n   \"account\": “" + token + "”,\n" +
			"   \"headers\": {\"Cookie\": “sid=" + session + "”}}\n]\n",
		"on a context line": "[\n  {\"apiKey\": \"Qx7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA\",\n   \"alias\": “a”}\n]\n",
	} {
		t.Run(name, func(t *testing.T) {
			res, err := Bytes([]byte(before))
			require.NoError(t, err)
			var out bytes.Buffer
			require.ErrorIs(t, Diff(&out, "s.json", []byte(before), res.Output), ErrSecretInPatch)
			assert.Empty(t, out.String())
		})
	}
	// A credential three lines or more away from every change is no line
	// of the patch: the patch is written, and applies.
	before := []byte("[\n  {\"apiKey\": \"Qx7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA\",\n\n\n\n   \"alias\": “a”}\n]\n")
	res, err := Bytes(before)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, Diff(&out, "/x/s.json", before, res.Output))
	assert.True(t, strings.HasPrefix(out.String(), "--- a/x/s.json\n+++ b/x/s.json\n@@ -3,5 +3,5 @@\n"), out.String())
	assert.NotContains(t, out.String(), "Qx7v")
}

// FuzzFix: fix output reads back to the same values, and a second fix
// changes nothing.
func FuzzFix(f *testing.F) {
	for _, s := range []string{"[{“a”: “b”,},]", "\uFEFF[1,]", "aiAssistants = [{a: ‘x’,}];", `[{"a": "“"}]`, `{"a": ‘"’}`,
		"a = [`x ${Y}\n`, 1,]; b = {c: `${D}`}", "[\"a\tb\x01\", 1,]", "\xff\xfe[\x00]\x00"} {
		f.Add([]byte(s))
	}
	paths, _ := filepath.Glob("../../testdata/*/*/*.json")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		res, err := Bytes(src)
		if err != nil {
			return
		}
		text, _ := reader.Decode(src)
		before, after := reader.Read(text), reader.Read(res.Output)
		if after.Err != nil {
			t.Fatalf("fixed output does not read: %v", after.Err)
		}
		if !bytes.Equal(canonical(before), canonical(after)) {
			t.Fatalf("values changed:\n%s\n%s", src, res.Output)
		}
		again, err := Bytes(res.Output)
		if err != nil || again.Changed() {
			t.Fatalf("second fix changed something: %v", err)
		}
	})
}

func TestWriteAtomicWritesThroughASymlinkInsideTheTree(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "shared", "s.json")
	require.NoError(t, os.MkdirAll(filepath.Dir(target), 0o755))
	require.NoError(t, os.WriteFile(target, []byte("old"), 0o644))
	link := filepath.Join(dir, "link.json")
	require.NoError(t, os.Symlink("shared/s.json", link))
	require.NoError(t, WriteAtomic(OS{}, link, []byte("old"), []byte("new"), dir))
	fi, err := os.Lstat(link)
	require.NoError(t, err)
	assert.True(t, fi.Mode()&os.ModeSymlink != 0, "the link is still a link")
	b, _ := os.ReadFile(target)
	assert.Equal(t, "new", string(b), "the target is fixed")
	leftovers, _ := filepath.Glob(filepath.Join(dir, "*", ".*qalint-*"))
	assert.Empty(t, leftovers)
}

func TestWriteAtomicRefusesASymlinkOutOfTheTree(t *testing.T) {
	outside := writeFile(t, "old", 0o644)
	dir := t.TempDir()
	link := filepath.Join(dir, "link.json")
	require.NoError(t, os.Symlink(outside, link))
	err := WriteAtomic(OS{}, link, []byte("old"), []byte("new"), dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a symbolic link to "+outside+", outside the files being fixed")
	b, _ := os.ReadFile(outside)
	assert.Equal(t, "old", string(b))
	fi, _ := os.Lstat(link)
	assert.True(t, fi.Mode()&os.ModeSymlink != 0)
}

func TestWriteAtomicKeepsHardLinksTogether(t *testing.T) {
	p := writeFile(t, "old", 0o644)
	other := filepath.Join(filepath.Dir(p), "other.json")
	require.NoError(t, os.Link(p, other))
	err := WriteAtomic(OS{}, p, []byte("old"), []byte("new"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "it has 2 hard links")
	a, _ := os.Stat(p)
	b, _ := os.Stat(other)
	assert.True(t, os.SameFile(a, b), "still one file under two names")
}

// editorSave is a file system on which an editor saves the file (same
// bytes, by writing a new file and renaming it over) while qalint writes
// its temporary file.
type editorSave struct {
	OS
	path string
}

func (e editorSave) CreateTemp(dir, pattern string) (File, error) {
	saved := e.path + ".editor"
	if err := os.WriteFile(saved, []byte("old"), 0o644); err != nil {
		return nil, err
	}
	if err := os.Rename(saved, e.path); err != nil {
		return nil, err
	}
	return os.CreateTemp(dir, pattern)
}

func TestWriteAtomicRefusesAFileReplacedMeanwhile(t *testing.T) {
	p := writeFile(t, "old", 0o644)
	err := WriteAtomic(editorSave{path: p}, p, []byte("old"), []byte("new"))
	require.ErrorIs(t, err, ErrChanged, "the same bytes, but another file: the editor's save is kept")
	b, _ := os.ReadFile(p)
	assert.Equal(t, "old", string(b))
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(p), ".s.json.qalint-*"))
	assert.Empty(t, leftovers)
}

// A link named on the command line (as pre-commit names files) is no
// root of its own: its target must lie inside the working folder or a named
// folder, at the end of a chain of links too.
func TestWriteAtomicRefusesANamedLinkOutOfTheTree(t *testing.T) {
	outside := writeFile(t, "old", 0o644)
	repo := t.TempDir()
	t.Chdir(repo)
	require.NoError(t, os.Symlink(outside, "hop.json"))
	require.NoError(t, os.Symlink("hop.json", "aiAssistants.json")) // a chain
	for _, name := range []string{"aiAssistants.json", "hop.json"} {
		err := WriteAtomic(OS{}, name, []byte("old"), []byte("new"), name)
		require.Error(t, err, name)
		assert.Contains(t, err.Error(), "outside the files being fixed")
	}
	b, _ := os.ReadFile(outside)
	assert.Equal(t, "old", string(b))

	// Inside the working tree, a named link is written through.
	require.NoError(t, os.MkdirAll("shared", 0o755))
	require.NoError(t, os.WriteFile("shared/s.json", []byte("old"), 0o644))
	require.NoError(t, os.Symlink("shared/s.json", "in.json"))
	require.NoError(t, WriteAtomic(OS{}, "in.json", []byte("old"), []byte("new"), "in.json"))
	b, _ = os.ReadFile("shared/s.json")
	assert.Equal(t, "new", string(b))
}

// With a folder named, a link's target must lie inside a named folder:
// the working folder is a root only when files alone are named (run from
// a parent folder, it let links reach anything below it).
func TestWriteAtomicWithAFolderNamedTheWorkingFolderIsNoRoot(t *testing.T) {
	repo := t.TempDir()
	t.Chdir(repo)
	require.NoError(t, os.MkdirAll("project", 0o755))
	require.NoError(t, os.MkdirAll("elsewhere", 0o755))
	require.NoError(t, os.WriteFile("elsewhere/s.json", []byte("old"), 0o644))
	require.NoError(t, os.Symlink("../elsewhere/s.json", "project/a.json"))
	err := WriteAtomic(OS{}, "project/a.json", []byte("old"), []byte("new"), "project")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "outside the files being fixed")
	b, _ := os.ReadFile("elsewhere/s.json")
	assert.Equal(t, "old", string(b))

	require.NoError(t, WriteAtomic(OS{}, "project/a.json", []byte("old"), []byte("new"), "project", "elsewhere"), "both folders named")
	b, _ = os.ReadFile("elsewhere/s.json")
	assert.Equal(t, "new", string(b))
}

// A backtick string becomes a string in the quotes the file mostly uses,
// and the summary says so in plain words.
func TestBacktickTakesTheFileQuoteStyle(t *testing.T) {
	res, err := Bytes([]byte("aiAssistants = [ { type: 'OpenAI', alias: 'gpt', 'cf-aig-authorization': `Bearer ${CF_AIG_TOKEN} it's \"x\"` } ];\n"))
	require.NoError(t, err)
	assert.Equal(t, "aiAssistants = [ { type: 'OpenAI', alias: 'gpt', 'cf-aig-authorization': 'Bearer ${CF_AIG_TOKEN} it\\'s \"x\"' } ];\n", string(res.Output))
	assert.Equal(t, "1 backtick string into a quoted string", res.Summary())

	res, err = Bytes([]byte("aiAssistants = [ { \"type\": \"OpenAI\", \"alias\": 'gpt', \"cf-aig-authorization\": `Bearer ${CF_AIG_TOKEN}` } ];\n"))
	require.NoError(t, err)
	assert.Equal(t, "aiAssistants = [ { \"type\": \"OpenAI\", \"alias\": 'gpt', \"cf-aig-authorization\": \"Bearer ${CF_AIG_TOKEN}\" } ];\n", string(res.Output), "mostly double quotes")
}

// verify compares values, not trees: the same values written another way
// pass, other values are refused, whether the trees' shapes match or not.
func TestVerifyComparesValues(t *testing.T) {
	read := func(s string) *reader.Result { return reader.Read([]byte(s)) }
	for _, tc := range []struct {
		before, after string
		same          bool
	}{
		{`[{"a": "x", "b": [1, true, null]}]`, "[{a: 'x', b: [1, true, null,],},]", true},
		{`[{"a": 1, "a": 2}]`, `[{"a": 2}]`, true}, // a repeated key: the last wins
		{`[{"a": "x", "u": undefined}]`, `[{"a": "x"}]`, true},
		{`[{"a": "x"}]`, `[{"a": "y"}]`, false},
		{`[{"a": "x"}]`, `[{"b": "x"}]`, false},
		{`[{"a": 1}]`, `[{"a": "1"}]`, false},
		{`[{"a": [1, 2]}]`, `[{"a": [2, 1]}]`, false},
		{`x = [1]`, `y = [1]`, false},
	} {
		err := verify("s.json", []byte(tc.after), read(tc.before), read(tc.after))
		if tc.same {
			assert.NoError(t, err, tc.before)
		} else {
			assert.ErrorIs(t, err, ErrUnreadable, tc.before)
		}
	}
}

// A file whose name is near the file system's limit is still fixed: its
// temporary copy's name is cut to fit (found by an outside tester).
func TestWriteAtomicFixesAFileWithAVeryLongName(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, strings.Repeat("é", 100)+strings.Repeat("a", 44)+".json") // 249 bytes
	require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
	require.NoError(t, WriteAtomic(OS{}, p, []byte("old"), []byte("new")))
	b, _ := os.ReadFile(p)
	assert.Equal(t, "new", string(b))
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 1)
	assert.True(t, utf8.ValidString(tempPattern(p)))
}

// A file reached through a linked folder (linkdir/s.json, linkdir ->
// ../outside) is written through a link: the link rule applies to it as to
// a link to the file (an outside tester wrote outside the tree this way).
// A folder named on the command line, through a link or not, is a root.
func TestWriteAtomicTreatsALinkedFolderAsALink(t *testing.T) {
	base := t.TempDir()
	outside := filepath.Join(base, "outside")
	repo := filepath.Join(base, "repo")
	require.NoError(t, os.MkdirAll(outside, 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(repo, "real"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(outside, "s.json"), []byte("old"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(repo, "real", "s.json"), []byte("old"), 0o644))
	t.Chdir(repo)
	require.NoError(t, os.Symlink(outside, "linkdir"))
	require.NoError(t, os.Symlink("real", "in"))

	for _, name := range []string{"linkdir/s.json", filepath.Join(repo, "linkdir", "s.json")} {
		err := WriteAtomic(OS{}, name, []byte("old"), []byte("new"), name)
		require.Error(t, err, name)
		assert.Contains(t, err.Error(), "outside the files being fixed")
	}
	b, _ := os.ReadFile(filepath.Join(outside, "s.json"))
	assert.Equal(t, "old", string(b))

	require.NoError(t, WriteAtomic(OS{}, "in/s.json", []byte("old"), []byte("new"), "in/s.json"), "a linked folder inside the tree")
	b, _ = os.ReadFile(filepath.Join(repo, "real", "s.json"))
	assert.Equal(t, "new", string(b))

	require.NoError(t, WriteAtomic(OS{}, "linkdir/s.json", []byte("old"), []byte("new"), "linkdir"), "the linked folder was named")
	b, _ = os.ReadFile(filepath.Join(outside, "s.json"))
	assert.Equal(t, "new", string(b))
}

// moveFolderAtCheck moves the folder of the file being fixed to to just
// before fix's last check reads it.
type moveFolderAtCheck struct {
	OS
	dir, to string
}

func (m moveFolderAtCheck) ReadStat(name string) ([]byte, os.FileInfo, error) {
	os.Rename(m.dir, m.to)
	return m.OS.ReadStat(name)
}

// A folder moved while fix works on one of its files takes fix's copy with
// it: the error names the copy, so that the user can delete it.
func TestWriteAtomicNamesTheCopyAMovedFolderTookAlong(t *testing.T) {
	root := t.TempDir()
	dir, to := filepath.Join(root, "a"), filepath.Join(root, "b")
	require.NoError(t, os.Mkdir(dir, 0o755))
	p := filepath.Join(dir, "s.json")
	require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
	err := WriteAtomic(moveFolderAtCheck{dir: dir, to: to}, p, []byte("old"), []byte("new"))
	require.Error(t, err)
	left, _ := filepath.Glob(filepath.Join(to, ".*"))
	require.Len(t, left, 1, "the copy went with the folder")
	assert.Contains(t, err.Error(), "its folder was moved or removed meanwhile, with its temporary copy "+filepath.Base(left[0]))
	got, _ := os.ReadFile(filepath.Join(to, "s.json"))
	assert.Equal(t, "old", string(got), "the file itself is unchanged")
}

// A whole setting wrapped in backticks (a chat's inline code) is not
// rewritten as one escaped string: fix says to remove the backticks.
func TestASettingWrappedInBackticksIsNotRewritten(t *testing.T) {
	src := "`aiAssistants = [{type: \"Cloudflare\", alias: \"x\", apiKey: \"${CF_API_TOKEN}\"}]`\n"
	_, err := Bytes([]byte(src))
	var u *Unreadable
	require.ErrorAs(t, err, &u)
	require.Len(t, u.Places, 1)
	assert.Contains(t, u.Places[0].Msg, "remove the two around it")
	res, err := Bytes([]byte("a = [`x ${T}`];"))
	require.NoError(t, err)
	assert.True(t, res.Changed(), "a template literal inside the setting is still rewritten")
}
