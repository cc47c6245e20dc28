package reader

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/source"
)

// at returns "line:col" of an offset, the way findings show it.
func at(src string, offset int) string {
	p := source.NewIndex([]byte(src)).Pos(offset)
	return itoa(p.Line) + ":" + itoa(p.Col)
}

func itoa(i int) string { return strconv.Itoa(i) }

func kinds(r *Result) []TolKind {
	var out []TolKind
	for _, t := range r.Tolerances {
		out = append(out, t.Kind)
	}
	return out
}

func TestStrictJSON(t *testing.T) {
	r := Read([]byte(`[{"type":"Cloudflare","n":-1.5e3,"ok":true,"x":null,"h":{"a":"b"}}]`))
	require.Nil(t, r.Err)
	require.Equal(t, Array, r.Root.Kind)
	e := r.Root.Items[0]
	assert.Equal(t, "Cloudflare", e.Get("type").Value.Text)
	assert.Equal(t, "-1.5e3", e.Get("n").Value.Text)
	assert.Equal(t, Bool, e.Get("ok").Value.Kind)
	assert.Equal(t, Null, e.Get("x").Value.Kind)
	assert.Equal(t, "b", e.Get("h").Value.Get("a").Value.Text)
	assert.Empty(t, r.Tolerances)
}

func TestCurlyQuotes(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
		edits           int
	}{
		{"double pair", `{"m": “gpt-4”}`, "gpt-4", 2},
		{"mixed curly open straight close", `{"m": “gpt-4"}`, "gpt-4", 1},
		{"straight open curly close", `{"m": "gpt-4”}`, "gpt-4", 1},
		{"single pair", `{"m": ‘gpt-4’}`, "gpt-4", 2},
		{"low-9 open", `{"m": „gpt-4“}`, "gpt-4", 2},
		{"curly key", `{“m”: "gpt-4"}`, "", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Read([]byte(tc.src))
			require.Nil(t, r.Err, "%v", r.Err)
			if tc.want != "" {
				assert.Equal(t, tc.want, r.Root.Get("m").Value.Text)
			} else {
				assert.NotNil(t, r.Root.Get("m"))
			}
			require.Len(t, r.Tolerances, 1)
			assert.Equal(t, CurlyQuote, r.Tolerances[0].Kind)
			assert.Len(t, r.Tolerances[0].Edits, tc.edits)
		})
	}
}

func TestCurlyQuotesInsideStraightStringAreContent(t *testing.T) {
	r := Read([]byte(`{"alias": "the “main” one", "b": "it’s"}`))
	require.Nil(t, r.Err)
	assert.Equal(t, "the “main” one", r.Root.Get("alias").Value.Text)
	assert.Equal(t, "it’s", r.Root.Get("b").Value.Text)
	assert.Empty(t, r.Tolerances)
}

func TestJavaScriptLiteral(t *testing.T) {
	src := "aiAssistants = [\n  { type: 'Cloudflare', alias: `cf`, $x_1: 'it\\'s', },\n];\n"
	r := Read([]byte(src))
	require.Nil(t, r.Err, "%v", r.Err)
	require.Len(t, r.Statements, 1)
	assert.Equal(t, "aiAssistants", r.Statements[0].Name)
	assert.Equal(t, Assignment, r.Statements[0].Form)
	e := r.Root.Items[0]
	assert.Equal(t, "Cloudflare", e.Get("type").Value.Text)
	assert.Equal(t, Single, e.Get("type").Value.Quote)
	assert.Equal(t, Backtick, e.Get("alias").Value.Quote)
	assert.Equal(t, "it's", e.Get("$x_1").Value.Text)
	assert.Equal(t, []TolKind{SettingWrapper, UnquotedKey, SingleQuote, UnquotedKey, BacktickQuote, UnquotedKey, JSEscape, SingleQuote, TrailingComma, TrailingComma}, kinds(r))
}

// A template literal's CR LF, or lone CR, is a line feed in its value, as
// JavaScript reads it (a string's line continuation drops either).
func TestTemplateLineBreaksAreLineFeeds(t *testing.T) {
	r := Read([]byte("a = [`x\r\ny\rz`, 'p\\\r\nq'];"))
	require.Nil(t, r.Err, "%v", r.Err)
	assert.Equal(t, "x\ny\nz", r.Root.Items[0].Text)
	assert.Equal(t, "pq", r.Root.Items[1].Text)
}

func TestSingularSettingName(t *testing.T) {
	r := Read([]byte(`aiAssistant = []`))
	require.Nil(t, r.Err)
	assert.Equal(t, "aiAssistant", r.Statements[0].Name)
}

func TestCommentsBOMCRLFAndSpaces(t *testing.T) {
	src := "\uFEFF// header\r\n[\r\n\u00a0 /* block\r\n comment */ {\"a\": 1}\r\n]\r\n"
	r := Read([]byte(src))
	require.Nil(t, r.Err)
	assert.Equal(t, []TolKind{BOM, Comment, OddSpace, Comment}, kinds(r))
	obj := r.Root.Items[0]
	assert.Equal(t, "4:13", at(src, obj.Start), "CRLF counts as one line break")
}

func TestPositionsCountCharactersNotBytes(t *testing.T) {
	src := "{\"é“\": “x”, \"b\": 1}"
	r := Read([]byte(src))
	require.Nil(t, r.Err)
	assert.Equal(t, "1:8", at(src, r.Root.Get("é“").Value.Start)) // byte counting would say 1:12
	assert.Equal(t, "1:13", at(src, r.Root.Get("b").KeyStart))
}

func TestTrailingCommaPositionAndEdit(t *testing.T) {
	src := "[\n {\"a\": 1,},\n]"
	r := Read([]byte(src))
	require.Nil(t, r.Err)
	require.Len(t, r.Tolerances, 2)
	assert.Equal(t, "2:9", at(src, r.Tolerances[0].Start))
	assert.Equal(t, "2:11", at(src, r.Tolerances[1].Start))
	assert.Equal(t, []Edit{{r.Tolerances[0].Start, r.Tolerances[0].Start + 1, ""}}, r.Tolerances[0].Edits)
}

func TestDuplicateKeysKeptLastWins(t *testing.T) {
	r := Read([]byte(`{"a": 1, "a": 2}`))
	require.Nil(t, r.Err)
	require.Len(t, r.Root.Members, 2)
	assert.Equal(t, "2", r.Root.Get("a").Value.Text)
	assert.Equal(t, []bool{false, true}, r.Root.Winners(), "the later of a repeated key wins")
}

// Winners compares a small object's keys pairwise and indexes a large one:
// both give the same answer.
func TestWinnersSmallAndLarge(t *testing.T) {
	for _, n := range []int{3, smallObject, smallObject + 1, 40} {
		var b strings.Builder
		b.WriteString("{")
		var want []bool
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `"k%d": %d`, i%3, i) // k0 k1 k2 k0 …: the last three win
			want = append(want, i >= n-3)
		}
		b.WriteString("}")
		r := Read([]byte(b.String()))
		require.Nil(t, r.Err)
		assert.Equal(t, want, r.Root.Winners(), "%d members", n)
	}
}

func TestRecoversFromPastedProse(t *testing.T) {
	src := "{\n\"model1\": “xxx”, ← The completion default is \"@cf/meta/llama-2-7b-chat-int8\".\n\"model2\": “yyy”, ← The embedding default.\n}"
	r := Read([]byte(src))
	require.NotNil(t, r.Root, "the entry is still read")
	require.NotNil(t, r.Err)
	assert.Equal(t, "2:18", at(src, r.Err.Offset))
	assert.Len(t, r.Skipped, 2)
	assert.Equal(t, "yyy", r.Root.Get("model2").Value.Text)
}

// A line of prose before or after the setting is skipped as text to
// delete, "Word: …" notes too (they were read as a word to mend).
func TestSkipsProseAroundTheSetting(t *testing.T) {
	for _, src := range []string{
		"Below is the AI Assistant entry pattern:\n[{\"a\": 1}]",
		"[{\"a\": 1}]\nSee the main Qarbine documentation.",
		"Note: see the docs.\n[{\"a\": 1}]",
		"[{\"a\": 1}]\nTODO: rotate the key",
		"aiAssistants = [{\"a\": 1}]\nSource: https://qarbine.com/docs",
		"\uFEFFNote: see the docs.\n[{\"a\": 1}]",          // (a byte order mark hid the line's start)
		"Note: see the docs. aiAssistants = [{\"a\": 1}];", // (the setting on the prose's line was taken along)
		"aiAssistants = [{\"a\": 1}]; Note: see the docs.", // (after the setting's ';' on its line: a word to mend, 0 entries)
		"Below is const aiAssistants = [{\"a\": 1}]",
		"As below: export const aiAssistants = [{\"a\": 1}]",
		"Then: export default [{\"a\": 1}]",
		string(utf16LE("\uFEFFNote: see the docs.\n[{\"a\": 1}]")),
		// Chat and mail around the setting (an outside tester's hid it):
		"[{\"a\": 1}]\nThanks,", "[{\"a\": 1}]\r\nCheers!\r\n", "* Paste this into Settings\n[{\"a\": 1}]",
		"- Paste this:\n[{\"a\": 1}]", "• then save\n[{\"a\": 1}]", "[{\"a\": 1}]\n--",
		"Sure, here is the setting:\n[{\"a\": 1}]", "Certainly! Here it is.\n[{\"a\": 1}]", "OK, paste this\n[{\"a\": 1}]",
		"Yes - this one\n[{\"a\": 1}]", "TL;DR use this\n[{\"a\": 1}]", "[{\"a\": 1}]\nCheers, Bob", "[{\"a\": 1}]\nP.S. rotate the key",
		"[{\"a\": 1}]\n-- Bob", "[10:42 AM] Alice Smith\n[{\"a\": 1}]", "1. Open the settings\n[{\"a\": 1}]",
	} {
		text, _ := Decode([]byte(src)) // (UTF-16 becomes UTF-8 before it is read)
		r := Read(text)
		require.NotNil(t, r.Root, src)
		require.Len(t, r.Recovered, 1, src)
		assert.Contains(t, r.Recovered[0].Msg, "delete it", src)
		assert.Equal(t, "1", r.Root.Items[0].Get("a").Value.Text, src)
	}
	// A Markdown code fence, before and after: two places to delete, named
	// as fences.
	for _, src := range []string{"```js\naiAssistants = [{\"a\": 1}];\n```\n", "```\n[{\"a\": 1}]\n```", "~~~json\n[{\"a\": 1}]\n~~~"} {
		r := Read([]byte(src))
		require.NotNil(t, r.Root, src)
		require.Len(t, r.Recovered, 2, src)
		assert.Contains(t, r.Recovered[0].Msg, "a Markdown code fence", src)
		assert.Equal(t, "1", r.Root.Items[0].Get("a").Value.Text, src)
	}
	// A member assignment is JavaScript, not prose: its setting is read or
	// refused, never skipped as a line to delete.
	for _, src := range []string{"settings.aiAssistants = [{\"a\": 1}];", "x.y = 1;\naiAssistants = [{\"a\": 1}];"} {
		r := Read([]byte(src))
		for _, e := range r.Recovered {
			assert.NotContains(t, e.Msg, "delete it", src)
		}
	}
	// A zero-width space between tokens is named, and only it is skipped:
	// the entry after it is read.
	r0 := Read([]byte("[\u200b{\"a\": 1}]"))
	require.Len(t, r0.Recovered, 1)
	assert.Contains(t, r0.Recovered[0].Msg, "an invisible zero-width space (U+200B) between tokens")
	require.NotNil(t, r0.Root)
	assert.Equal(t, "1", r0.Root.Items[0].Get("a").Value.Text)
	// HTML entities where quotes belong are to replace, not to delete.
	r1 := Read([]byte("[\n  { &quot;type&quot;: &quot;Cloudflare&quot; }\n]"))
	require.NotEmpty(t, r1.Recovered)
	assert.Contains(t, r1.Recovered[0].Msg, "replace each &quot; with \"")
	assert.NotContains(t, r1.Recovered[0].Msg, "delete it")
	// A word alone on its line that the file declares is no sign-off.
	r := Read([]byte("const ACCOUNT = 'x';\nACCOUNT\naiAssistants = [{\"a\": 1}]"))
	assert.Empty(t, r.Recovered)
	// Prose that merely names a setting's words is prose to its line's end,
	// the setting on the next line read.
	for _, src := range []string{"Never use const aiAssistants in production.\naiAssistants = [{\"a\": 1}]",
		"Use export default in a module.\naiAssistants = [{\"a\": 1}]"} {
		r := Read([]byte(src))
		require.Len(t, r.Recovered, 1, src)
		assert.Equal(t, "1", r.Root.Items[0].Get("a").Value.Text, src)
	}
	// A label on the setting itself is JavaScript V8 loads: no prose, and
	// the setting is read.
	for _, src := range []string{"Note: aiAssistants = [{\"a\": 1}];", "Note: var aiAssistants = [{\"a\": 1}];",
		"Note: module.exports = {aiAssistants: [{\"a\": 1}]};", "Note: TODO: aiAssistants = [{\"a\": 1}];", "a:\n/* c */ b : var aiAssistants = [{\"a\": 1}]"} {
		r := Read([]byte(src))
		assert.Empty(t, r.Recovered, "%q: no prose", src)
		assert.Nil(t, r.Err, src)
		assert.NotNil(t, r.Root, src)
	}
	// A label on a bare value sets nothing, and one before const, let or
	// export is a SyntaxError in V8: still errors (the last ones as prose
	// to delete, the setting after it read).
	for _, src := range []string{"aiAssistants: [{\"a\": 1}]", "x: [{\"a\": 1}]", "x: 'y'",
		"Note: const aiAssistants = [{\"a\": 1}];", "Note: export const aiAssistants = [{\"a\": 1}];", "a: let aiAssistants = [{\"a\": 1}];"} {
		assert.NotNil(t, Read([]byte(src)).Err, src)
	}
	for _, src := range []string{"Note:[{\"a\": 1}]", "x: [1]", "Note:see\n[1]"} {
		r := Read([]byte(src))
		assert.Empty(t, r.Recovered, "%q: no prose", src)
	}
}

// A Node module that ends by exporting a setting declared above it, by
// name, is read (it was one "unquoted value" error, and the file went
// unchecked); a name declared nowhere is still an error.
func TestReadsExportsByName(t *testing.T) {
	const decl = "const aiAssistants = [{\"a\": 1}];\n"
	for _, tail := range []string{
		"export default aiAssistants;",
		"export default aiAssistants",
		"export { aiAssistants };",
		"export { aiAssistants as default, aiAssistants as ai }",
		"module.exports = aiAssistants;",
		"module.exports = { aiAssistants };",
		"module.exports = { aiAssistants, copy: aiAssistants, };",
		"module.exports.aiAssistants = aiAssistants;",
		"exports.aiAssistants = aiAssistants // the end",
		// (outside tester: each was a parse error, and the file unchecked)
		"export default { aiAssistants };",
		"export default { aiAssistants: aiAssistants }",
		"module.exports = { aiAssistants, other: 1, name: 'x', on: true, none: null };",
	} {
		r := Read([]byte(decl + tail + "\n"))
		require.Nil(t, r.Err, tail)
		require.Len(t, r.Statements, 1, tail)
		assert.Equal(t, "aiAssistants", r.Statements[0].Name, tail)
		assert.Equal(t, "1", r.Root.Items[0].Get("a").Value.Text, tail)
	}
	// module.exports.NAME = value, like exports.NAME; and a 'use strict'
	// prologue before any form (each was 0 entries).
	for _, src := range []string{
		"module.exports.aiAssistants = [{\"a\": 1}];",
		"module . exports . aiAssistants = [{\"a\": 1}]",
		"'use strict';\nmodule.exports = { aiAssistants: [{\"a\": 1}] };",
		"\"use strict\"\nconst aiAssistants = [{\"a\": 1}];\nexport default aiAssistants;",
		"'use strict'; 'use strict'; var aiAssistants = [{\"a\": 1}];",
	} {
		r := Read([]byte(src))
		require.Nil(t, r.Err, src)
		require.NotNil(t, r.Root, src)
	}
	// export { x as aiAssistants }: x's value is the setting.
	ra := Read([]byte("const x = [{\"a\": 1}];\nexport { x as aiAssistants };"))
	require.Nil(t, ra.Err)
	require.Len(t, ra.Statements, 1)
	assert.Equal(t, "aiAssistants", ra.Statements[0].Name)
	// Entries written in the export itself are read as the setting, not
	// passed over as a re-export.
	r := Read([]byte("const catalogSettings = {};\nmodule.exports = { catalogSettings, aiAssistants: [{\"a\": 1}] };"))
	assert.NotNil(t, r.Err, "not read as a re-export: its entries would go unchecked")
	r = Read([]byte(`"use strict"`))
	require.Nil(t, r.Err, "a string alone is a value")
	assert.Equal(t, String, r.Root.Kind)

	for _, tail := range []string{"export default other;", "module.exports = { other };", "export default aiAssistants.x;", "module.exports = aiAssistants || [];"} {
		r := Read([]byte(decl + tail + "\n"))
		assert.NotNil(t, r.Err, "%q: not an export of a declared setting by name", tail)
	}
}

func TestErrorsArePositionedAndReadable(t *testing.T) {
	for _, tc := range []struct {
		src, pos, msg string
	}{
		{"", "1:1", "the file is empty"},
		{"  \n\t ", "1:1", "the file is empty"},
		{"\uFEFF", "1:1", "the file is empty"},
		{"\uFEFF\n \n", "1:1", "the file is empty"},
		{"// only\n", "2:1", "only comments"},
		{"[\n  {\"a\": 1}", "2:11", "array opened at line 1, column 1 is not closed"},
		{"{\"a\": \"b\n}", "1:7", "not closed before the end of its line"},
		{"{\"a\" 1}", "1:6", "expected ':' after the key"},
		{"{\"a\": tru}", "1:7", "unquoted value \"tru\""},
		{"const ACCOUNT = 'x';\naiAssistants = [{\"account\": ACCOUNT}]", "2:29", "the value is ACCOUNT, a name declared above: qalint checks literal values only"},
		{"aiAssistants = [{\"apiKey\": process.env.KEY}]", "1:28", "the value is a JavaScript expression (process.…)"},
		{"aiAssistants = require('./ai.json');", "1:16", "the value is a JavaScript expression (require(…)):"},
		{"a = [{...base, b: 1}]", "1:7", "a spread (...base) copies values from elsewhere: qalint checks literal values only"},
		{"> aiAssistants = [\n>   {\"a\": 1}\n> ];", "1:1", "remove the \"> \" at the start of every line of the setting"},
		{"[{\"a\": \x93b\x94}]", "1:8", "the file looks saved as Windows-1252 (0x93 is “ there); save it as UTF-8"},
		{"{\"a\": 1,, \"b\": 2}", "1:9", "unexpected ','"},
		{"{\"a\": 1.2.3}", "1:7", "invalid number"},
		{"[] []", "1:4", "after the end of the setting"},
		{"{\"a\": 1},\n{\"a\": 2}", "1:9", "several entries go in an array: put [ before the first and ] after the last"},
		{"[{\"a\": «x»}]", "1:8", "« is not a quote mark JSON or JavaScript takes"},
		{"a = [{cf-aig-authorization: 'x'}]", "1:7", `the key cf-aig-authorization holds a '-', so it needs quotes: write "cf-aig-authorization"`},
		{"foo [1]", "1:1", "unexpected word \"foo\""},
		{"a = [] b = 2", "1:8", "end the setting with ';' or a line break"},
		{"a = 1;\n[2]", "2:1", "after the end of the setting"},
		{"[`a ${b`]", "1:5", "never closed with }"},
		{"[`a ${ }`]", "1:5", "empty ${}"},
		{"[0x]", "1:2", "invalid number"},
		{"[1__0]", "1:2", "invalid number"},
		{"/* open", "1:1", "never closed with */"},
		{"\x00\x01", "1:1", "NUL byte"},
		{"[\"\xff\"]", "1:3", "not UTF-8"},
		{"{\"a\": \"\\u12\"}", "1:8", `invalid \u escape`},
	} {
		t.Run(tc.msg, func(t *testing.T) {
			r := Read([]byte(tc.src))
			require.NotNil(t, r.Err)
			assert.Nil(t, r.Root)
			assert.Equal(t, tc.pos, at(tc.src, r.Err.Offset))
			assert.Contains(t, r.Err.Msg, tc.msg)
		})
	}
}

func TestDeepNestingEndsInAnErrorNotACrash(t *testing.T) {
	src := strings.Repeat("[", 1_000_000)
	r := Read([]byte(src))
	require.NotNil(t, r.Err)
	assert.Contains(t, r.Err.Msg, "nested more than")
	// Bounded work: reading stops where the depth limit is passed, not at
	// the end of a million brackets.
	assert.Equal(t, MaxDepth, r.Err.Offset)
}

func TestEscapes(t *testing.T) {
	r := Read([]byte(`["a\"b\\c\/d\n\u00e9\ud83d\ude00", 'x\x41\0y']`))
	require.Nil(t, r.Err, "%v", r.Err)
	assert.Equal(t, "a\"b\\c/d\né😀", r.Root.Items[0].Text)
	assert.Equal(t, "xA\x00y", r.Root.Items[1].Text)
}

// plainString is a shortcut through strValue: wherever it answers, strValue
// reads the same value, quote, end and tolerances.
func TestPlainStringAgreesWithStrValue(t *testing.T) {
	for _, src := range []string{
		`"gpt-4",`, `"gpt-4"`, `"a b" }`, `"x" :`, "\"x\"\t]", "\"x\"\n", `"x" // c`, `"x";`,
		`'single',`, `'it"s' }`, `"it's",`, `"${CF_API_TOKEN}",`, `"\u0041",`, `"a\"b",`,
		`"gpt-4” ,`, `"gpt-4" x`, `'gpt-4’ }`, `"é",`, "\"tab\there\",", `"unterminated`, `"",`, `''`,
		"\"del\x7f\",",
	} {
		var fast, slow parser
		fast.init([]byte(src), src)
		slow.init([]byte(src), src)
		text, quote, ok := fast.plainString()
		if !ok {
			assert.Equal(t, 0, fast.pos, "%s: a refusal leaves p.pos", src)
			assert.Empty(t, fast.res.Tolerances, src)
			continue
		}
		want, wantQuote, err := slow.strValue()
		require.Nil(t, err, src)
		assert.Equal(t, want, text, src)
		assert.Equal(t, wantQuote, quote, src)
		assert.Equal(t, slow.pos, fast.pos, src)
		assert.Equal(t, slow.res.Tolerances, fast.res.Tolerances, src)
	}
}

// utf16LE encodes s as UTF-16, little-endian, as Windows PowerShell 5
// writes files.
func utf16LE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// lineHead reads a bounded head of a line: it is asked at every
// statement's start, and a minified file with thousands of statements on
// one line read each to its end (quadratic: 5 s for 160 KB).
func TestLineHeadIsBounded(t *testing.T) {
	long := []byte(strings.Repeat("a=1;", 1<<18))
	head, whole := lineHead(long)
	assert.False(t, whole)
	assert.Len(t, head, lineHeadMax)
	head, whole = lineHead([]byte("```js  \r\nx"))
	assert.True(t, whole)
	assert.Equal(t, "```js", string(head))
	r := Read(append([]byte("aiAssistants = [];"), long[:4*40000]...))
	require.Nil(t, r.Err, "%v", r.Err)
	assert.Len(t, r.Statements, 40001)
}
