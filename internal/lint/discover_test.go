package lint

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
)

func utf16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      string // "" when the file is settings
	}{
		{"assignment", "aiAssistants = [ { type: 'Cloudflare' } ];", ""},
		{"singular, var", "var aiAssistant = [];", ""},
		{"module.exports object", "module.exports = {\n  aiAssistants: [],\n};", ""},
		{"export const", "export const aiAssistants = [];", ""},
		{"JSON key", `{"aiAssistants": []}`, ""},
		{"JSON key at depth", `{"qarbine": {"settings": {"aiAssistants": []}}}`, ""},
		{"single-quoted key", `{'aiAssistants' : []}`, ""},
		{"curly-quoted key", "{“aiAssistants”: []}", ""},
		{"property assignment", "settings.aiAssistants = [];", ""},
		{"after a comment naming it", "// aiAssistants\naiAssistants = [];", ""},
		{"array of entries", `[{"type": "Cloudflare", "alias": "cf"}]`, ""},
		{"single entry", `{"type": "OpenAI", "alias": "gpt", "apiKey": "x"}`, ""},
		{"entries with curly quotes", "[{“type”: “Cloudflare”, “alias”: “cf”,}]", ""},
		{"UTF-16 with a BOM", string(utf16LE("aiAssistants = [];")), ""},
		{"entries exported", "module.exports = [\n  { type: 'Cloudflare', /* x */ alias: 'cf' },\n];", ""},
		{"second item is an entry", `[{"type": "x"}, {"alias": "a", "type": "t"}]`, ""},
		{"keys after a nested object", `[{"headers": {"type": 1}, "alias": "a", "type": "t"}]`, ""},

		{"line comment only", "// aiAssistants = [ … ] lives in the admin tool\nexport default 1;", SkipMentioned},
		{"block comment only", "/* aiAssistants: [] */ const x = 1;", SkipMentioned},
		{"inside a longer string", `{"description": "aiAssistants: the AI settings"}`, SkipMentioned},
		{"a string value", `{"files": {"x": "aiAssistants"}}`, SkipMentioned},
		{"prose", "The aiAssistants setting lives in Qarbine.", SkipMentioned},
		{"comparison", "if (aiAssistants == null) {}", SkipMentioned},
		{"arrow", "const f = aiAssistants => aiAssistants.length;", SkipMentioned},
		{"longer identifier", "myaiAssistants = []; aiAssistantsList = [];", SkipMentioned},
		{"read, not set", "const n = settings.aiAssistants.length;", SkipMentioned},
		{"in a template string", "const s = `aiAssistants = []`;", SkipMentioned},
		{"package.json", `{"name": "x", "type": "module", "scripts": {}}`, SkipNoSettings},
		{"type and alias apart", `{"type": "module", "resolve": {"alias": {"@": "src"}}}`, SkipNoSettings},
		{"array without entries", `[{"type": "x"}, {"alias": "y"}]`, SkipNoSettings},
		{"entries too deep", `{"items": [{"type": "x", "alias": "y"}]}`, SkipNoSettings},
		{"keys in a nested object", `[{"x": {"type": "x", "alias": "y"}}]`, SkipNoSettings},
		{"values, not keys", `["type", "alias", {"kind": "type", "name": "alias"}]`, SkipNoSettings},
		{"a later object in code", "import s from './s.json' with { type: 'json' };\nexport default { alias: s.alias, type: 'app' };", SkipNoSettings},
		{"keys in comments", "[{ // type: 'x', alias: 'y'\n }]", SkipNoSettings},
		{"empty array", `[]`, SkipNoSettings},
		{"empty", " \n\t", SkipEmpty},
		{"binary", "PK\x03\x04\x00\x00aiAssistants = []", SkipBinary},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ok, why := Sniff([]byte(tc.src))
			assert.Equal(t, tc.want == "", ok)
			assert.Equal(t, tc.want, why)
		})
	}
}

// TestSniffIsCheapOnUnrelatedFiles: a large file without the words that
// settings contain is answered without reading its structure; bounded by
// work (allocations), not time.
func TestSniffIsCheapOnUnrelatedFiles(t *testing.T) {
	big := []byte("{" + strings.Repeat(`"dependency-name": "^1.2.3", `, 100000) + `"z": 1}`)
	allocs := testing.AllocsPerRun(5, func() {
		if ok, _ := Sniff(big); ok {
			t.Fatal("not settings")
		}
	})
	assert.Zero(t, allocs, "no copy, no tree")

	entries := []byte("[" + strings.Repeat(`{"type": "Cloudflare", "note": "x", "list": [1, 2, {"a": "b"}]}, `, 50000) + `{"type": "T", "alias": "last"}]`)
	allocs = testing.AllocsPerRun(5, func() {
		if ok, _ := Sniff(entries); !ok {
			t.Fatal("the last item is an entry")
		}
	})
	assert.Zero(t, allocs, "the structural scan allocates nothing either")
	assert.True(t, bytes.Contains(entries, []byte("alias")))
}

// FuzzSniff: any bytes, no panic; a text (no NUL) that assigns the setting
// at the start is always taken.
func FuzzSniff(f *testing.F) {
	for _, s := range []string{`[{"type": "a", "alias": "b"}]`, "aiAssistants = [", "/* aiAssistants", "'aiAssistants", "“aiAssistants”: [", "\xff\xfea\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		Sniff(src)
		if bytes.IndexByte(src, 0) >= 0 {
			return // binary, whatever it starts with
		}
		if ok, _ := Sniff(append([]byte("aiAssistants = [];\n"), src...)); !ok {
			t.Fatalf("a leading assignment is settings whatever follows: %q", src)
		}
	})
}

// A text report of check quotes settings lines, so it looks like settings;
// it is skipped as a report (a later run read an old report.txt as a file
// full of parse errors). Settings that merely hold " | " or a finding-like
// line in a string are still settings.
func TestSniffSkipsATextReport(t *testing.T) {
	report := "a.js:1:18: error: x: typographic quotes delimit this string [curly-quotes]\n" +
		"    1 | aiAssistants = [{ “type”: “OpenAI”, “alias”: “x” }];\n" +
		"      |                  ^~~~~~\n" +
		"1 error, 0 warnings in 1 file (1 entry)\n" +
		"qalint explain curly-quotes              # a typographic quote delimits a string\n"
	ok, why := Sniff([]byte(report))
	assert.False(t, ok)
	assert.Equal(t, SkipReport, why)
	ok, why = Sniff([]byte(strings.ReplaceAll(report, "\n", "\r\n") + "    1 | aiAssistants = [\r\n"))
	assert.False(t, ok, "CRLF")
	assert.Equal(t, SkipReport, why)

	ok, _ = Sniff([]byte("\x1b[1ma.js:1:18:\x1b[0m \x1b[31merror:\x1b[0m x: y \x1b[2m[curly-quotes]\x1b[0m\n" +
		"\x1b[2m    1 | \x1b[0maiAssistants = [{ “type”: “OpenAI”, “alias”: “x” }];\n\x1b[2m      | \x1b[0m                 \x1b[1m^~~~~~\x1b[0m\n"))
	assert.False(t, ok, "a report written with --color always")
	assert.True(t, isTextReport([]byte("\x1b[1ma.json:1:3:\x1b[0m \x1b[31merror:\x1b[0m x: y \x1b[2m[curly-quotes]\x1b[0m\n"+
		"\x1b[2m    1 | \x1b[0m[{ “type”: “OpenAI”, “alias”: “x” }]\n\x1b[2m      | \x1b[0m  \x1b[1m^~~~~~\x1b[0m\n")),
		"its colours do not hide a report's lines")
	ok, _ = Sniff([]byte(report[:len(report)-30]))
	assert.False(t, ok, "a report cut short")

	for _, settings := range []string{
		"aiAssistants = [{ type: 'OpenAI', alias: 'a | b', note: 'a.js:2:5: error: x [y]' }]\n",
		"aiAssistants = [{ type: 'OpenAI', alias: 'x' }] // see a.js:2:5: error: x [y]\n//      | ^\n",
		// A report's lines pasted into a comment: the file is still settings
		// (a second tester's was skipped).
		"aiAssistants = [{ type: 'OpenAI', alias: 'x', apiKey: 'xxx' }];\n/*\n" + report + "*/\n",
		report + "aiAssistants = [{ type: 'OpenAI', alias: 'x' }];\n",
	} {
		ok, _ := Sniff([]byte(settings))
		assert.True(t, ok, settings)
	}
}
