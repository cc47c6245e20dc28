package resolve

import (
	"strings"

	"github.com/qalint/qalint/internal/reader"
)

// classifyFields classifies every winning top-level string once, as
// written; "headers" is left to headers.
func (re *Entry) classifyFields() {
	ms := re.Node.Members
	winning := winnersOf(re.Node)
	n := 0
	for i := range ms {
		if ms[i].Value.Kind == reader.String && winning.at(i) {
			n++
		}
	}
	re.fields, re.headersAt = make([]Value, 0, n), -1
	for i := range ms {
		m := &ms[i]
		if !winning.at(i) {
			continue
		}
		if m.Key == "headers" {
			re.headersAt = len(re.fields)
			continue
		}
		if m.Value.Kind == reader.String {
			v := Value{Node: m.Value, Field: m.Key, Text: m.Value.Text}
			v.Class, v.Stand = Classify(v.Text)
			re.fields = append(re.fields, v)
		}
	}
}

// field reads the winning value of a top-level key (not "headers");
// expand, when set, then substitutes ${NAME} references in its text.
func (re *Entry) field(key string, expand func(string) string) Value {
	for _, v := range re.fields {
		if v.Field == key {
			if expand != nil && strings.Contains(v.Text, "${") {
				v.Text = expand(v.Text)
			}
			return v
		}
	}
	v := Value{Field: key}
	if m := re.Member(key); m != nil {
		v.Node, v.Class = m.Value, NotString // every string is among the fields
	}
	return v
}

// Strings are every string value of the entry, top level and inside
// "headers", classified, the winning one of a repeated key only.
func (re *Entry) Strings() []Value {
	if re.strings != nil {
		return re.strings
	}
	if len(re.Headers) == 0 {
		re.strings = re.fields
		return re.strings
	}
	out := make([]Value, 0, len(re.fields)+len(re.Headers))
	out = append(out, re.fields[:re.headersAt]...)
	out = append(out, re.Headers...)
	re.strings = append(out, re.fields[re.headersAt:]...)
	return re.strings
}

// winning says which members of an object win for their key (the last of
// each): a scan of the later members for a small object, an index for a
// large one, so that a hostile object of a million keys stays linear.
type winning struct {
	n *reader.Node
	w []bool
}

// smallObject is the most members winning scans rather than indexes.
const smallObject = 16

func winnersOf(n *reader.Node) winning {
	if len(n.Members) > smallObject {
		return winning{n, n.Winners()}
	}
	return winning{n: n}
}

func (w winning) at(i int) bool {
	if w.w != nil {
		return w.w[i]
	}
	ms := w.n.Members
	for j := i + 1; j < len(ms); j++ {
		if ms[j].Key == ms[i].Key {
			return false
		}
	}
	return true
}
