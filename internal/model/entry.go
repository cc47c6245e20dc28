package model

import (
	"strconv"
	"strings"
	"sync"

	"github.com/tidwall/gjson"

	"github.com/qalint/qalint/internal/reader"
)

// Entry is one element of the aiAssistants array.
type Entry struct {
	Index int
	Node  *reader.Node // usually an object; the schema reports it when not

	doc  *Document
	keys map[string]*reader.Member

	// The entry as strict JSON for gjson path queries, built on the first
	// query of this entry: most entries are never queried by path.
	strictOnce sync.Once
	strict     *encoder
}

func (e *Entry) strictJSON() *encoder {
	e.strictOnce.Do(func() {
		e.strict = &encoder{nodeAt: make(map[int]*reader.Node, 16), spanOf: make(map[*reader.Node][2]int, 16)}
		e.strict.value(e.Node)
	})
	return e.strict
}

// Field is one value of an entry with its place in the source.
type Field struct {
	Node  *reader.Node // nil when the field is absent
	Path  string       // gjson path, e.g. "headers.cf-aig-authorization"
	entry *Entry
}

// Exists reports whether the field is present.
func (f Field) Exists() bool { return f.Node != nil }

// JSON is the field as a gjson result over the entry's strict JSON (its
// Index is the offset there), for queries below it.
func (f Field) JSON() gjson.Result {
	if f.entry == nil || f.Node == nil {
		return gjson.Result{}
	}
	enc := f.entry.strictJSON()
	span := enc.spanOf[f.Node]
	r := gjson.ParseBytes(enc.buf[span[0]:span[1]])
	r.Index = span[0]
	return r
}

// Get queries the entry with a gjson path ("headers.cf-aig-authorization")
// and leads the result back to its source node through the offset gjson
// reports. The entry's strict JSON is built on its first query.
func (e *Entry) Get(path string) Field {
	enc := e.strictJSON()
	r := gjson.GetBytes(enc.buf, path)
	if !r.Exists() {
		return Field{Path: path, entry: e}
	}
	return Field{Node: enc.nodeAt[r.Index], Path: path, entry: e}
}

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
	f := Field{Path: gjson.Escape(key), entry: e}
	if m := e.Member(key); m != nil {
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
