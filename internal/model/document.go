package model

import (
	"path/filepath"
	"strconv"
	"strings"

	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/source"
)

// Document is one input file as read, with its settings and entries located.
type Document struct {
	Path string
	// Src is the text as read; UTF-16 input is converted to UTF-8 first, so
	// offsets count UTF-8 bytes and line:col count characters either way.
	Src      []byte
	Encoding reader.Encoding
	Index    *source.Index
	Read     *reader.Result
	Style    Style

	// Settings are every setting the text holds, in order: its statements
	// (`aiAssistants = […]; catalogSettings = {…};`), or the members of the
	// JSON object that holds aiAssistants. Only the assistants are entries;
	// the others are kept for the rules that look across settings.
	Settings []*Setting
	// Assistants is the setting the entries come from; nil when none.
	Assistants *Setting

	// Entries are the entry values in order. Set when the input has one of the
	// accepted shapes, even if some entry is not an object.
	Entries []*Entry
	// ShapeErr says why the input, although readable, is not a list of entries.
	ShapeErr *ShapeError

	secretCache
}

// Setting is one named setting of a text.
type Setting struct {
	Name  string
	Value *reader.Node
	// Pointer is the JSON pointer of a setting held in a JSON value
	// ("/qarbine/aiAssistants"), "" for a statement of its own.
	Pointer string
	// NameStart and NameEnd locate the name (the statement's or the key).
	NameStart, NameEnd int
}

// Style is how a text is written, which decides what is worth reporting:
// a trailing comma is fine in JavaScript and a problem in a JSON file.
type Style uint8

const (
	JSON       Style = iota + 1 // strict JSON, possibly with comments
	JavaScript                  // Qarbine's JavaScript-literal style, or a .js module
)

func (s Style) String() string {
	if s == JavaScript {
		return "JavaScript"
	}
	return "JSON"
}

// javaScriptExts name files that are JavaScript (or JSON5, whose grammar
// is JavaScript's) whatever they hold.
var javaScriptExts = []string{".js", ".mjs", ".cjs", ".json5"}

// StyleOf says how a text is written: JavaScript when its name says so or
// it uses any syntax JSON does not have, JSON otherwise.
func StyleOf(path string, read *reader.Result) Style {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range javaScriptExts {
		if ext == e {
			return JavaScript
		}
	}
	for _, t := range read.Tolerances {
		if t.Kind.JavaScriptOnly() {
			return JavaScript
		}
	}
	return JSON
}

// ShapeError locates a readable input that is not an array of entries.
type ShapeError struct {
	Node *reader.Node
	Msg  string
}

// NewDocument reads src leniently and locates its settings and entries.
func NewDocument(path string, src []byte) *Document {
	text, enc := reader.Decode(src)
	return newDocument(path, text, enc, reader.Read(text))
}

// NewDocumentRead is NewDocument for a text already read: read is what
// reader.Read returned for src (fix hands over the reading of its output it
// has just verified), so that src is not read a second time. A src that
// decodes to other text than itself (UTF-16) is read anew.
func NewDocumentRead(path string, src []byte, read *reader.Result) *Document {
	text, enc := reader.Decode(src)
	if read == nil || enc != reader.UTF8 {
		return NewDocument(path, src)
	}
	return newDocument(path, text, enc, read)
}

func newDocument(path string, text []byte, enc reader.Encoding, read *reader.Result) *Document {
	d := &Document{Path: path, Src: text, Encoding: enc, Index: source.NewIndex(text), Read: read}
	d.Style = StyleOf(path, d.Read)
	if d.Read.Root == nil {
		return d
	}
	d.locate()
	return d
}

// locate finds the settings and the entries among the statements: a setting
// named aiAssistants (or aiAssistant), else a JSON value that is the array
// of entries, holds aiAssistants at any depth, or is a single entry.
func (d *Document) locate() {
	var values []*reader.Node // the values that may hold the setting
	for _, st := range d.Read.Statements {
		switch st.Form {
		case reader.BareValue, reader.ModuleExports, reader.ExportDefault:
			if st.Value.Kind == reader.Object { // an array is the entries themselves
				values = append(values, st.Value)
			}
		default:
			d.Settings = append(d.Settings, &Setting{Name: st.Name, Value: st.Value, NameStart: st.NameStart, NameEnd: st.NameEnd})
			values = append(values, st.Value)
		}
	}
	for i := len(d.Settings) - 1; i >= 0; i-- { // the last assignment wins
		if isSettingName(d.Settings[i].Name) {
			d.useAssistants(d.Settings[i])
			return
		}
	}
	for _, v := range values {
		if holder, key, pointer := findHolder(v); holder != nil {
			d.Settings = nil
			winning := holder.Winners()
			for i := range holder.Members {
				if m := &holder.Members[i]; winning[i] {
					d.Settings = append(d.Settings, &Setting{Name: m.Key, Value: m.Value, Pointer: pointer + "/" + EscapePointer(m.Key), NameStart: m.KeyStart, NameEnd: m.KeyEnd})
				}
			}
			for _, s := range d.Settings {
				if s.Name == key {
					d.useAssistants(s)
				}
			}
			return
		}
	}
	for _, st := range d.Read.Statements {
		if st.Form != reader.BareValue && st.Form != reader.ModuleExports && st.Form != reader.ExportDefault {
			continue
		}
		// A JSON value or a module's export: the array itself, or one entry.
		switch st.Value.Kind {
		case reader.Array:
			d.setEntries(st.Value.Items)
		case reader.Object:
			d.setEntries([]*reader.Node{st.Value})
		default:
			msg := "the setting must be an array of entries [ {…}, … ], not " + article(st.Value.Kind)
			if WrappedSetting(st.Value) {
				msg = "the whole setting is one string: it is wrapped in backticks or quotes (a chat's inline code): remove the two around it"
			}
			d.ShapeErr = &ShapeError{st.Value, msg}
		}
		return
	}
	names := make([]string, len(d.Settings))
	for i, s := range d.Settings {
		names[i] = s.Name
	}
	at := d.Settings[0]
	msg := "this text has no aiAssistants setting (it sets " + strings.Join(quoteAll(names), ", ") + ")"
	if near := nearSettingName(names); near != "" {
		msg += "; did you mean aiAssistants instead of " + Quote(near) + "?"
		at = d.Setting(near)
	}
	d.ShapeErr = &ShapeError{&reader.Node{Start: at.NameStart, End: at.NameEnd}, msg}
}

func (d *Document) useAssistants(s *Setting) {
	d.Assistants = s
	if s.Value.Kind != reader.Array {
		d.ShapeErr = &ShapeError{s.Value, "the " + s.Name + " setting must be an array of entries [ {…}, … ], not " + article(s.Value.Kind)}
		return
	}
	d.setEntries(s.Value.Items)
}

func (d *Document) setEntries(items []*reader.Node) {
	d.Entries = make([]*Entry, len(items))
	entries := make([]Entry, len(items)) // one allocation, not one per entry
	for i, it := range items {
		entries[i] = Entry{Index: i, Node: it, doc: d}
		d.Entries[i] = &entries[i]
	}
}

// findHolder looks for the object that holds an aiAssistants key, nearest
// the top first and then in source order, and returns it with the key and
// the holder's JSON pointer within v.
func findHolder(v *reader.Node) (holder *reader.Node, key, pointer string) {
	type at struct {
		n   *reader.Node
		ptr string
	}
	level := []at{{v, ""}}
	for len(level) > 0 {
		var next []at
		for _, a := range level {
			switch a.n.Kind {
			case reader.Object:
				for _, name := range reader.SettingNames {
					if a.n.Get(name) != nil {
						return a.n, name, a.ptr
					}
				}
				for _, m := range a.n.Members {
					next = append(next, at{m.Value, a.ptr + "/" + EscapePointer(m.Key)})
				}
			case reader.Array:
				for i, it := range a.n.Items {
					next = append(next, at{it, a.ptr + "/" + strconv.Itoa(i)})
				}
			}
		}
		level = next
	}
	return nil, "", ""
}

func isSettingName(s string) bool {
	for _, n := range reader.SettingNames {
		if s == n {
			return true
		}
	}
	return false
}

// nearSettingName is a name that looks like a misspelt aiAssistants.
func nearSettingName(names []string) string {
	for _, n := range names {
		l := strings.ToLower(n)
		if strings.HasPrefix(l, "aiassist") || strings.HasPrefix(l, "ai_assist") || strings.HasPrefix(l, "aiasist") {
			return n
		}
	}
	return ""
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = Quote(s)
	}
	return out
}

// Setting returns the setting of that name (the last one wins), nil when
// the text does not hold it.
func (d *Document) Setting(name string) *Setting {
	for i := len(d.Settings) - 1; i >= 0; i-- {
		if d.Settings[i].Name == name {
			return d.Settings[i]
		}
	}
	return nil
}

// SettingValue follows object keys from a setting's value: ("catalogSettings",
// "semanticSearching", "useAiAssistant"). Nil when any step is missing or
// undefined.
func (d *Document) SettingValue(name string, keys ...string) *reader.Node {
	s := d.Setting(name)
	if s == nil {
		return nil
	}
	n := s.Value
	for _, k := range keys {
		m := n.Get(k)
		if m == nil {
			return nil
		}
		n = m.Value
	}
	if n.Kind == reader.Undefined {
		return nil
	}
	return n
}

func article(k reader.Kind) string {
	switch k {
	case reader.Array, reader.Object:
		return "an " + k.String()
	case reader.Null, reader.Undefined:
		return k.String()
	}
	return "a " + k.String()
}

// Pos is the line:col of a byte offset in the original input.
func (d *Document) Pos(offset int) source.Pos { return d.Index.Pos(offset) }

// Lookup follows JSON-pointer tokens from the entries array to a node. The
// node is nil when the path does not exist; parent is the deepest node that
// does, so a missing key can be reported on its object.
func (d *Document) Lookup(tokens []string) (node, parent *reader.Node) {
	if len(tokens) == 0 {
		return nil, nil
	}
	i, err := strconv.Atoi(tokens[0])
	if err != nil || i < 0 || i >= len(d.Entries) {
		return nil, nil
	}
	n := d.Entries[i].Node
	for _, tok := range tokens[1:] {
		parent = n
		switch n.Kind {
		case reader.Object:
			m := n.Get(tok)
			if m == nil {
				return nil, parent
			}
			n = m.Value
		case reader.Array:
			j, err := strconv.Atoi(tok)
			if err != nil || j < 0 || j >= len(n.Items) {
				return nil, parent
			}
			n = n.Items[j]
		default:
			return nil, parent
		}
	}
	return n, parent
}

// WrappedSetting reports whether n is a string that holds a whole setting
// (`aiAssistants = [ … ]`, `[ { … } ]`): a chat's inline code, backticks
// around the text pasted with them. Read as a template literal, it would
// be "fixed" into one escaped string (an outside tester's Slack paste).
func WrappedSetting(n *reader.Node) bool {
	if n == nil || n.Kind != reader.String {
		return false
	}
	t := strings.TrimSpace(n.Text)
	if strings.HasPrefix(t, "[") || strings.HasPrefix(t, "{") {
		return strings.HasSuffix(strings.TrimRight(t, ";"), "]") || strings.HasSuffix(t, "}")
	}
	for _, name := range []string{"aiAssistants", "aiAssistant", "var ", "let ", "const ", "export ", "module.exports"} {
		if strings.HasPrefix(t, name) {
			return true
		}
	}
	return false
}
