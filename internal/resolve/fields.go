package resolve

import (
	"strings"

	"github.com/qalint/qalint/internal/reader"
)

// classifyStrings classifies, once, every winning string of the entry:
// the top-level ones as written, and the values of the "headers" object
// (expanded by expand when set), which stand where "headers" does. The
// fields the resolver reads, Headers and Strings all share the one slice.
// It also settles GatewayAuth: the entry key cf-aig-authorization, else
// the first header of that name, whatever its kind.
func (re *Entry) classifyStrings(expand func(string) string, st *Storage) {
	ms := re.Node.Members
	winning := winnersOf(re.Node)
	var hdrs *reader.Node // the winning "headers" object
	var hdrsWinning winners
	n := 0
	for i := range ms {
		if !winning.at(i) {
			continue
		}
		switch v := ms[i].Value; {
		case ms[i].Key == "headers":
			if v.Kind == reader.Object {
				hdrs, hdrsWinning = v, winnersOf(v)
				for j := range v.Members {
					if v.Members[j].Value.Kind == reader.String && hdrsWinning.at(j) {
						n++
					}
				}
			}
		case v.Kind == reader.String:
			n++
		}
	}
	all := st.valueSlice(n)
	from := -1                    // where the headers start in all
	var headerAuth *reader.Member // the first cf-aig-authorization header
	for i := range ms {
		m := &ms[i]
		if !winning.at(i) {
			continue
		}
		if m.Key == "headers" {
			from = len(all)
			if hdrs != nil {
				all, headerAuth = appendHeaders(all, hdrs, hdrsWinning, expand)
			}
			continue
		}
		k := fieldSlot(m.Key)
		if m.Value.Kind == reader.String {
			all = append(all, Value{Node: m.Value, Field: m.Key, Text: m.Value.Text})
			v := &all[len(all)-1] // classified in place: a Value is 80 bytes
			v.Class, v.Stand = Classify(v.Text)
			if k >= 0 {
				re.slots[k] = int32(len(all)) // the string's index + 1
			}
		} else if k >= 0 {
			re.slots[k] = -int32(i + 1) // the member's index + 1, negated
		}
	}
	re.strings = all
	if from >= 0 {
		to := from
		for to < len(all) && all[to].Parent != "" {
			to++
		}
		if to > from {
			re.Headers = all[from:to:to]
		}
	}
	re.GatewayAuth = re.field("cf-aig-authorization", expand)
	if !re.GatewayAuth.Present() && headerAuth != nil {
		re.GatewayAuth = Value{Node: headerAuth.Value, Field: headerAuth.Key, Parent: "headers"}
		re.GatewayAuth.classify(expand)
	}
}

// appendHeaders appends the string values of the headers object h to all,
// and returns the first member named cf-aig-authorization (header names
// are case-insensitive), of any kind.
func appendHeaders(all []Value, h *reader.Node, winning winners, expand func(string) string) ([]Value, *reader.Member) {
	var auth *reader.Member
	for i := range h.Members {
		m := &h.Members[i]
		if !winning.at(i) {
			continue
		}
		if auth == nil && strings.EqualFold(m.Key, "cf-aig-authorization") {
			auth = m
		}
		if m.Value.Kind == reader.String {
			all = append(all, Value{Node: m.Value, Field: m.Key, Parent: "headers"})
			all[len(all)-1].classify(expand)
		}
	}
	return all, auth
}

// field reads the winning value of a top-level key (not "headers");
// expand, when set, then substitutes ${NAME} references in its text.
func (re *Entry) field(key string, expand func(string) string) Value {
	if k := fieldSlot(key); k >= 0 {
		switch at := re.slots[k]; {
		case at > 0:
			v := re.strings[at-1]
			if expand != nil && strings.Contains(v.Text, "${") {
				v.Text = expand(v.Text)
			}
			return v
		case at < 0:
			return Value{Field: key, Node: re.Node.Members[-at-1].Value, Class: NotString}
		}
		return Value{Field: key} // absent
	}
	for _, v := range re.strings {
		if v.Field == key && v.Parent == "" {
			if expand != nil && strings.Contains(v.Text, "${") {
				v.Text = expand(v.Text)
			}
			return v
		}
	}
	v := Value{Field: key}
	if m := re.Member(key); m != nil {
		v.Node, v.Class = m.Value, NotString // every string is classified already
	}
	return v
}

// fieldSlots are the top-level keys the resolver reads: classifyStrings
// notes where each one's winning value is, so that field finds it without
// a search.
const numFieldSlots = 8

func fieldSlot(key string) int {
	switch key {
	case "type":
		return 0
	case "account":
		return 1
	case "apiKey":
		return 2
	case "cf-aig-authorization":
		return 3
	case "model1":
		return 4
	case "model2":
		return 5
	case "baseURI1":
		return 6
	case "baseURI2":
		return 7
	}
	return -1
}

// Strings are every string value of the entry, top level and inside
// "headers", classified, the winning one of a repeated key only.
func (re *Entry) Strings() []Value { return re.strings }

// winners says which members of an object win for their key (the last of
// each): worked out once, by comparing the keys pairwise in a small object
// (into a bit mask: nothing to allocate), by reader's Winners, which
// indexes them, in a large one, so that a hostile object of a million keys
// stays linear.
type winners struct {
	mask uint32
	w    []bool
}

// smallObject is the most members winners compares pairwise.
const smallObject = 16

func winnersOf(n *reader.Node) winners {
	ms := n.Members
	if len(ms) > smallObject {
		return winners{w: n.Winners()}
	}
	var mask uint32
members:
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			if ms[j].Key == ms[i].Key {
				continue members
			}
		}
		mask |= 1 << i
	}
	return winners{mask: mask}
}

func (w winners) at(i int) bool {
	if w.w != nil {
		return w.w[i]
	}
	return w.mask&(1<<i) != 0
}
