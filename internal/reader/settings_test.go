package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSequenceOfSettings(t *testing.T) {
	src := "// head\naiAssistants = [ {type: 'Cloudflare'} ];\n/* between */ catalogSettings = { semanticSearching: { dimensions: 384 } }\n" +
		"var a = 1, b\nlet c = 'x'; const d = `y`\nexports.e = 5\n"
	r := Read([]byte(src))
	require.Nil(t, r.Err, "%v", r.Err)
	var names []string
	for _, st := range r.Statements {
		names = append(names, st.Name)
	}
	assert.Equal(t, []string{"aiAssistants", "catalogSettings", "a", "b", "c", "d", "e"}, names)
	assert.Equal(t, "384", r.Statements[1].Value.Get("semanticSearching").Value.Get("dimensions").Value.Text)
	assert.Equal(t, Undefined, r.Statements[3].Value.Kind, "var b without a value is undefined")
	assert.Equal(t, "const", r.Statements[5].Keyword)
	assert.Equal(t, ExportsMember, r.Statements[6].Form)
	assert.Equal(t, "2:1", at(src, r.Statements[0].NameStart))
}

func TestModuleForms(t *testing.T) {
	for src, form := range map[string]Form{
		"module.exports = { aiAssistants: [] };": ModuleExports,
		"export default [ ]":                     ExportDefault,
		"export const aiAssistants = [];":        ExportConst,
		"[1]":                                    BareValue,
	} {
		r := Read([]byte(src))
		require.Nil(t, r.Err, "%s: %v", src, r.Err)
		assert.Equal(t, form, r.Statements[0].Form, src)
	}
}

func TestWhatJavaScriptRefusesAfterReading(t *testing.T) {
	for _, tc := range []struct{ src, pos, msg string }{
		{"const a = 1;\na = 2;", "2:1", "Assignment to constant variable"},
		{"let a = 1;\nlet a = 2;", "2:5", "has already been declared"},
		{"a = 1;\nlet a = 2;", "1:1", "before initialization"},
		{"a = [{`k`: 1}]", "1:7", "cannot be a key"},
	} {
		r := Read([]byte(tc.src))
		require.NotNil(t, r.Err, tc.src)
		assert.NotNil(t, r.Root, "the text is still read: %s", tc.src)
		assert.Equal(t, tc.pos, at(tc.src, r.Err.Offset), tc.src)
		assert.Contains(t, r.Err.Msg, tc.msg)
	}
}

func TestJavaScriptValues(t *testing.T) {
	src := "a = { u: undefined, h: 0x1F, o: 0o17, b: 0b101, s: 1_000, d: .5, p: +1, m: -+2, l: 017, n: 08.5, sum: 2.5 -3, arr: [1,,2], " +
		"1: 'one', 0x10: 'sixteen', t: 'x\\\ny', ls: 'p\u2028q', lc: 'x\\\u2028y', cp: '\\u{1F600}' }"
	r := Read([]byte(src))
	require.Nil(t, r.Err, "%v", r.Err)
	o := r.Root
	get := func(k string) *Node { return o.Get(k).Value }
	assert.Equal(t, Undefined, get("u").Kind)
	for k, want := range map[string]string{"h": "31", "o": "15", "b": "5", "s": "1000", "d": "0.5", "p": "1", "m": "-2", "l": "15", "n": "8.5", "sum": "-0.5"} {
		assert.Equal(t, want, get(k).Text, k)
	}
	require.Len(t, get("arr").Items, 3)
	assert.Equal(t, Undefined, get("arr").Items[1].Kind, "an empty slot")
	assert.Equal(t, "xy", get("t").Text, "a line continuation adds nothing")
	assert.Equal(t, "p\u2028q", get("ls").Text)
	assert.Equal(t, "xy", get("lc").Text)
	assert.Equal(t, "😀", get("cp").Text)
	assert.Equal(t, "sixteen", get("16").Text, "a number key is named by its value")
	assert.Equal(t, "one", get("1").Text)
	kinds := map[TolKind]int{}
	for _, t := range r.Tolerances {
		kinds[t.Kind]++
	}
	assert.Equal(t, 2, kinds[JSValue])
	assert.Equal(t, 10, kinds[JSNumber], "0x10 as a key too")
	assert.Equal(t, 1, kinds[Arithmetic])
	assert.Equal(t, 2, kinds[LineContinuation])
	assert.Equal(t, 1, kinds[LineSeparator])
}

func TestTemplateLiterals(t *testing.T) {
	src := "a = [`Bearer ${CF_AIG_TOKEN} and ${ X }`, `costs \\${0}`, '${NOT_A_TEMPLATE}']"
	r := Read([]byte(src))
	require.Nil(t, r.Err, "%v", r.Err)
	var subs []Tolerance
	for _, t := range r.Tolerances {
		if t.Kind == TemplateSubstitution {
			subs = append(subs, t)
		}
	}
	require.Len(t, subs, 2, "only ${…} inside backticks, not escaped")
	assert.Equal(t, "1:14", at(src, subs[0].Start))
	assert.Equal(t, "${CF_AIG_TOKEN}", src[subs[0].Start:subs[0].End])
	assert.Equal(t, []Edit{{5, 40, `"Bearer ${CF_AIG_TOKEN} and ${ X }"`}}, subs[0].Edits)
	assert.Empty(t, subs[1].Edits, "one edit per string")
	assert.Equal(t, "Bearer ${CF_AIG_TOKEN} and ${ X }", r.Root.Items[0].Text)
	assert.Equal(t, "costs ${0}", r.Root.Items[1].Text)
}

func TestControlCharacters(t *testing.T) {
	r := Read([]byte("[\"a\tb\x01\"]"))
	require.Nil(t, r.Err)
	require.Len(t, r.Tolerances, 2)
	assert.Equal(t, []Edit{{3, 4, `\t`}}, r.Tolerances[0].Edits)
	assert.Equal(t, []Edit{{5, 6, `\u0001`}}, r.Tolerances[1].Edits)
}

func TestDecodeUTF16(t *testing.T) {
	le := []byte{0xFF, 0xFE, '[', 0, 0x3D, 0xD8, 0x00, 0xDE, ']', 0} // [😀]
	text, enc := Decode(le)
	assert.Equal(t, UTF16LE, enc)
	assert.Equal(t, "\uFEFF[😀]", string(text))
	be := []byte{0xFE, 0xFF, 0, '[', 0, ']'}
	text, enc = Decode(be)
	assert.Equal(t, UTF16BE, enc)
	assert.Equal(t, "\uFEFF[]", string(text))
	plain := []byte("[]")
	text, enc = Decode(plain)
	assert.Equal(t, UTF8, enc)
	assert.Equal(t, "[]", string(text))
	text, _ = Decode([]byte{0xFF, 0xFE, '[', 0, 0x00, 0xD8, ']'}) // an unpaired surrogate, a dangling byte
	assert.Equal(t, "\uFEFF[\uFFFD\uFFFD", string(text))
}
