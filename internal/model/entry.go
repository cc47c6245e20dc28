package model

import (
	"strconv"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/qalint/qalint/internal/reader"
)

// Entry is one element of the aiAssistants array.
type Entry struct {
	Index int
	Node  *reader.Node // usually an object; the schema reports it when not

	doc                *Document
	json               string // the entry as strict JSON
	jsonStart, jsonEnd int    // its span in doc.Strict
	keys               map[string]*reader.Member
}

// Field is one queried value with its place in the source.
type Field struct {
	gjson.Result
	Node *reader.Node // nil when the field is absent
	Path string       // gjson path, e.g. "headers.cf-aig-authorization"
}

// Exists reports whether the field is present.
func (f Field) Exists() bool { return f.Node != nil }

// Get queries the entry with a gjson path and leads the result back to its
// source node. Use Field for a plain key, which may contain any character.
func (e *Entry) Get(path string) Field {
	r := gjson.Get(e.json, path)
	if !r.Exists() {
		return Field{Result: r, Path: path}
	}
	return Field{Result: r, Node: e.doc.nodeAt[e.jsonStart+r.Index], Path: path}
}

// Field returns the value of one top-level key. It looks the key up in an
// index instead of scanning the entry, so rules that visit every key of a
// large object stay linear.
func (e *Entry) Field(key string) Field {
	m := e.Member(key)
	if m == nil {
		return Field{Path: gjson.Escape(key)}
	}
	span := e.doc.spanOf[m.Value]
	r := gjson.Parse(string(e.doc.Strict[span[0]:span[1]]))
	r.Index = span[0] - e.jsonStart
	return Field{Result: r, Node: m.Value, Path: gjson.Escape(key)}
}

// Member returns the member that wins for a top-level key, nil when absent.
func (e *Entry) Member(key string) *reader.Member {
	if e.keys == nil {
		e.keys = make(map[string]*reader.Member, len(e.Node.Members))
		for i := range e.Node.Members {
			e.keys[e.Node.Members[i].Key] = &e.Node.Members[i] // the last wins
		}
	}
	return e.keys[key]
}

// Str returns the string value of a key and whether it is a string at all.
// The Field it returns carries the node and path, not a gjson result: most
// callers need only the text, and this runs for every field of every entry.
func (e *Entry) Str(key string) (string, Field, bool) {
	m := e.Member(key)
	if m == nil || m.Value.Kind != reader.String {
		f := Field{Path: gjson.Escape(key)}
		if m != nil {
			f.Node = m.Value
		}
		return "", f, false
	}
	return m.Value.Text, Field{Node: m.Value, Path: gjson.Escape(key)}, true
}

// Type is the entry's "type" when it is a string.
func (e *Entry) Type() string { s, _, _ := e.Str("type"); return s }

// Alias is the entry's "alias" when it is a string.
func (e *Entry) Alias() string { s, _, _ := e.Str("alias"); return s }

// IsObject reports whether the entry is an object at all.
func (e *Entry) IsObject() bool { return e.Node.Kind == reader.Object }

// Pointer is the JSON pointer of a path below this entry, relative to the
// entries array whatever wraps it: "/0/baseURI1".
func (e *Entry) Pointer(tokens ...string) string {
	var b strings.Builder
	b.WriteByte('/')
	b.WriteString(strconv.Itoa(e.Index))
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(EscapePointer(t))
	}
	return b.String()
}

// EscapePointer escapes one JSON pointer token (RFC 6901).
func EscapePointer(t string) string {
	if !strings.ContainsAny(t, "~/") {
		return t
	}
	return strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1")
}

// Doc is the document the entry belongs to.
func (e *Entry) Doc() *Document { return e.doc }
