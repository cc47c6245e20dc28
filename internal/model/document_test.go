package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/reader"
)

func settingNames(d *Document) []string {
	var out []string
	for _, s := range d.Settings {
		out = append(out, s.Name)
	}
	return out
}

func TestLocateSettings(t *testing.T) {
	for _, tc := range []struct {
		name, path, src string
		settings        []string
		pointer         string
		entries         int
	}{
		{"statements", "s.txt", "a = 1;\naiAssistants = [{}, {}]\ncatalogSettings = {}", []string{"a", "aiAssistants", "catalogSettings"}, "", 2},
		{"the last assignment wins", "s.js", "aiAssistants = [{}]\naiAssistants = [{}, {}, {}]", []string{"aiAssistants", "aiAssistants"}, "", 3},
		{"nested JSON", "s.json", `{"x": {"y": [1, {"aiAssistant": [{}], "catalogSettings": {}}]}}`, []string{"aiAssistant", "catalogSettings"}, "/x/y/1/aiAssistant", 1},
		{"nearest the top first", "s.json", `{"deep": {"aiAssistants": []}, "aiAssistants": [{}]}`, []string{"deep", "aiAssistants"}, "/aiAssistants", 1},
		{"module.exports", "s.cjs", "module.exports = { aiAssistants: [{}], catalogSettings: {} };", []string{"aiAssistants", "catalogSettings"}, "/aiAssistants", 1},
		{"export default array", "s.mjs", "export const x = 1;\nexport default [{}, {}];", []string{"x"}, "", 2},
		{"a bare array is the entries", "s.json", `[{"x": {"aiAssistants": []}}]`, nil, "", 1},
		{"a single entry", "s.json", `{"type": "Cloudflare"}`, nil, "", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := NewDocument(tc.path, []byte(tc.src))
			require.Nil(t, d.Read.Err, "%v", d.Read.Err)
			require.Nil(t, d.ShapeErr)
			assert.Equal(t, tc.settings, settingNames(d))
			if d.Assistants != nil {
				assert.Equal(t, tc.pointer, d.Assistants.Pointer)
			}
			assert.Len(t, d.Entries, tc.entries)
		})
	}
}

func TestShapeErrors(t *testing.T) {
	for src, msg := range map[string]string{
		"catalogSettings = {}\naiAsistants = []": `did you mean aiAssistants instead of "aiAsistants"?`,
		"aiAssistants = {}":                      "the aiAssistants setting must be an array of entries",
		`{"a": {"aiAssistants": "x"}}`:           "the aiAssistants setting must be an array of entries [ {…}, … ], not a string",
		"5":                                      "not a number",
	} {
		d := NewDocument("s.txt", []byte(src))
		require.NotNil(t, d.ShapeErr, src)
		assert.Contains(t, d.ShapeErr.Msg, msg)
	}
}

func TestSettingValueAndUndefined(t *testing.T) {
	d := NewDocument("s.js", []byte("aiAssistants = [{type: 'Cloudflare', model2: undefined}]\ncatalogSettings = { semanticSearching: { dimensions: 0x180, x: undefined } }"))
	require.Nil(t, d.Read.Err)
	assert.Equal(t, "384", d.SettingValue("catalogSettings", "semanticSearching", "dimensions").Text)
	assert.Nil(t, d.SettingValue("catalogSettings", "semanticSearching", "x"), "undefined is absent")
	assert.Nil(t, d.SettingValue("catalogSettings", "nope", "x"))
	assert.False(t, d.Entries[0].Field("model2").Exists(), "model2: undefined is left out")
	assert.Equal(t, `{"type":"Cloudflare"}`, string(Canonical(d.Entries[0].Node)))
}

func TestStyleAndEncoding(t *testing.T) {
	assert.Equal(t, JSON, NewDocument("a.json", []byte(`// c`+"\n"+`[1,]`)).Style)
	assert.Equal(t, JavaScript, NewDocument("a.json", []byte(`[{a: 1}]`)).Style)
	assert.Equal(t, JavaScript, NewDocument("a.js", []byte(`[1]`)).Style)
	d := NewDocument("a.json", []byte{0xFF, 0xFE, '[', 0, ']', 0})
	assert.Equal(t, reader.UTF16LE, d.Encoding)
	assert.Equal(t, "\uFEFF[]", string(d.Src))
	assert.NotNil(t, d.Entries)
}
