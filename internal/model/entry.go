package model

import (
	"strconv"
	"strings"

	"github.com/qalint/qalint/internal/reader"
)

// Entry is one element of the aiAssistants array.
type Entry struct {
	Index int
	Node  *reader.Node // usually an object; the schema reports it when not

	doc  *Document
	keys map[string]*reader.Member
}

// Field is one top-level value of an entry with its place in the source.
type Field struct {
	Key  string
	Node *reader.Node // nil when the field is absent
}

// Exists reports whether the field is present.
func (f Field) Exists() bool { return f.Node != nil }

// smallObject is the most members an entry is scanned for a key rather than
// indexed: a real entry has about ten.
const smallObject = 16

// Member returns the member that wins for a top-level key, nil when absent.
func (e *Entry) Member(key string) *reader.Member {
	if len(e.Node.Members) <= smallObject {
		return e.Node.Get(key) // a scan beats building a map for a typical entry
	}
	if e.keys == nil {
		e.keys = make(map[string]*reader.Member, len(e.Node.Members))
		for i := range e.Node.Members {
			e.keys[e.Node.Members[i].Key] = &e.Node.Members[i] // the last wins
		}
	}
	return e.keys[key]
}

// Field returns the value of one top-level key, whatever characters the key
// holds. It looks the key up in an index, so rules that visit every key of
// a large object stay linear.
func (e *Entry) Field(key string) Field {
	f := Field{Key: key}
	if m := e.Member(key); m != nil && m.Value.Kind != reader.Undefined { // undefined: as if left out
		f.Node = m.Value
	}
	return f
}

// Str returns the string value of a key and whether it is a string at all.
func (e *Entry) Str(key string) (string, Field, bool) {
	f := e.Field(key)
	if f.Node == nil || f.Node.Kind != reader.String {
		return "", f, false
	}
	return f.Node.Text, f, true
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
