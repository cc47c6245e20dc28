// Package reader reads Qarbine AI Assistant settings leniently: strict JSON,
// JSON with comments and trailing commas, whole settings texts in the
// JavaScript-literal style of Qarbine's settings editor (`name = value;`
// statements, their module forms), and text pasted from documentation with
// curly quotes. Qarbine evaluates settings as JavaScript, so the reader
// reads what V8 reads (a test holds it against node) and marks what V8
// refuses. It returns a tree whose every node knows its byte span in the
// input, and a record of each tolerance it applied.
package reader

// Kind is the JSON kind of a node.
type Kind uint8

const (
	Object Kind = iota + 1
	Array
	String
	Number
	Bool
	Null
	// Undefined is JavaScript's undefined, written out or as an empty array
	// slot ([a,,b]). As a member value it is the same as leaving the key out.
	Undefined
)

func (k Kind) String() string {
	switch k {
	case Object:
		return "object"
	case Array:
		return "array"
	case String:
		return "string"
	case Number:
		return "number"
	case Bool:
		return "boolean"
	case Null:
		return "null"
	case Undefined:
		return "undefined"
	}
	return "invalid"
}

// Quote says how a string or key was delimited in the source.
type Quote uint8

const (
	Bare     Quote = iota // an unquoted JavaScript identifier key
	Double                // "…"
	Single                // '…'
	Backtick              // `…`
	Curly                 // a typographic quote on at least one side
)

// Node is one JSON value and its place in the original bytes.
type Node struct {
	Kind  Kind
	Quote Quote // String only
	Start int   // offset of the first byte
	End   int   // offset one past the last byte
	// String: the decoded value (a template literal keeps its ${…} as
	// written); Number: the literal, or for a JavaScript-only literal (0x1F)
	// its value as a JSON number; Bool: "true" or "false".
	Text    string
	Members []Member
	Items   []*Node
}

// Member is one key: value pair of an object, in source order. Repeated keys
// are all kept; Get gives the one that wins.
type Member struct {
	Key      string
	KeyStart int
	KeyEnd   int
	KeyQuote Quote
	Value    *Node
}

// Get returns the member that wins for key: the last one, as in JavaScript
// and in Qarbine.
func (n *Node) Get(key string) *Member {
	if n == nil || n.Kind != Object {
		return nil
	}
	for i := len(n.Members) - 1; i >= 0; i-- {
		if n.Members[i].Key == key {
			return &n.Members[i]
		}
	}
	return nil
}

// smallObject is the most members Winners compares pairwise.
const smallObject = 16

// Winners marks the members that win for their key (the last of each), for
// callers that visit every member: a small object's keys are compared
// pairwise, a large one's indexed, so that it stays linear.
func (n *Node) Winners() []bool {
	w := make([]bool, len(n.Members))
	if len(n.Members) <= smallObject {
		// Comparing with the later keys beats building a map for a typical
		// object of about ten members.
	members:
		for i := range n.Members {
			for j := i + 1; j < len(n.Members); j++ {
				if n.Members[j].Key == n.Members[i].Key {
					continue members
				}
			}
			w[i] = true
		}
		return w
	}
	seen := make(map[string]bool, len(n.Members))
	for i := len(n.Members) - 1; i >= 0; i-- {
		if k := n.Members[i].Key; !seen[k] {
			seen[k], w[i] = true, true
		}
	}
	return w
}
