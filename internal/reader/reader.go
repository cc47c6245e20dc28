package reader

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/secret"
	"github.com/qalint/qalint/internal/source"
)

// MaxDepth bounds nesting so that hostile input ("[[[[…" a million times)
// ends in a finding instead of a stack overflow. Real settings nest 3 deep.
const MaxDepth = 256

// SettingNames are the names Qarbine accepts for the setting; the singular
// one appears in an older Qarbine log message.
var SettingNames = []string{"aiAssistants", "aiAssistant"}

// Result is what the reader made of one input.
type Result struct {
	// Statements are the settings the text holds, in order: one bare value
	// (a JSON file), or `name = value;` statements and their JavaScript
	// module forms. Empty when the input could not be read.
	Statements []Statement
	// Root is the value of the first statement, nil when the input could not
	// be read. A JSON file has exactly one.
	Root *Node
	// Tolerances lists each departure from strict JSON, in source order.
	Tolerances []Tolerance
	// Err is the first place reading failed. With a non-nil Root, the reader
	// recovered past it (see Skipped) or the text is readable but JavaScript
	// would not load it (a redeclared const, a backtick key).
	Err *SyntaxError
	// Skipped are the spans dropped during recovery, the first one at Err.
	Skipped []Span
	// Recovered says, for each span of Skipped in the same order, why it
	// was dropped: every one is a place to delete, reported on its own.
	Recovered []*SyntaxError
}

// Span is a byte range of the input.
type Span struct{ Start, End int }

// SyntaxError is a place where the input cannot be read.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return e.Msg }

type parser struct {
	src []byte
	// text is src as a string, copied once: keys, plain string values,
	// numbers and names are substrings of it rather than one allocation
	// each (they were two thirds of the reader's allocations).
	text string
	pos  int
	body int // where the text begins, past any byte order marks
	// declared are the settings declared so far, by name: a statement
	// that only exports them by name is no setting of its own (see
	// exportsByName).
	declared map[string]bool
	// exportedAs are the settings a module exports under a setting's name
	// (export { x as aiAssistants }): x, aiAssistants.
	exportedAs [][2]string
	depth      int
	res        *Result
	subs       []Span // the ${…} of the backtick string being read
	slab       []Node // nodes handed out by node, a chunk at a time
	chunk      int    // the size of the next chunk of nodes
	// memberChunk and itemChunk are the least sizes of the next chunks of
	// memberSlab and itemSlab.
	memberChunk, itemChunk int
	// memberSlab and itemSlab hold the members and items of the objects
	// and arrays read, each copied there at its final size when its object
	// or array closes.
	memberSlab []Member
	itemSlab   []*Node
	// nodes, members and items count what the tree took from the slabs,
	// for an Arena's next reading.
	nodes, members, items int
}

// init sizes the first chunks from the input's colons, one for each
// member of a typical settings text (a URL's colon makes one spare), and
// nodes a few more, for the arrays and their items: a typical file then
// takes one chunk of each, without much to spare.
func (p *parser) init(src []byte, text string) {
	*p = parser{src: src, text: text, res: &Result{}}
	colons := strings.Count(p.text, ":")
	p.chunk = min(max(colons+colons/4+4, 16), maxChunk)
	p.memberChunk = min(max(colons, 8), maxChunk)
	p.itemChunk = min(max(colons/8, 4), maxChunk)
}

// maxChunk is the most elements a slab's chunk holds, so that a long file
// with few nodes (a huge value) does not pay for many.
const maxChunk = 256

// take returns n elements carved from *slab, allocating a chunk of at least
// hint when it is short. The result is capped at n so that an append to it
// copies rather than overwriting its neighbour.
func take[T any](slab *[]T, n, hint int) []T {
	if len(*slab) < n {
		*slab = make([]T, max(n, hint))
	}
	s := (*slab)[:n:n]
	*slab = (*slab)[n:]
	return s
}

// node returns a new node of that kind, span and text, taken from a chunk
// allocated for many nodes: a tree's nodes live and die together, and one allocation per
// chunk instead of per node was a tenth of the reader's time. Chunks double
// from the size init guesses up to maxChunk.
//
// The chunk is zeroed memory, so only the fields given are written: copying
// a whole Node in would also write its nil slices, each through the
// garbage collector's write barrier.
func (p *parser) node(kind Kind, start, end int, text string) *Node {
	if len(p.slab) == 0 {
		p.slab = make([]Node, p.chunk)
		p.chunk = min(2*p.chunk, maxChunk)
	}
	x := &p.slab[0]
	p.slab = p.slab[1:]
	p.nodes++
	x.Kind, x.Start, x.End = kind, start, end
	if text != "" {
		x.Text = text
	}
	return x
}

// Read reads src leniently. It never panics and never loops on bad input.
func Read(src []byte) *Result {
	var p parser // on the stack: only the tree and the result escape
	p.init(src, string(src))
	return p.read()
}

func (p *parser) read() *Result {
	stmts, err := p.document()
	if err != nil {
		p.res.Err = err
		p.res.Root = nil
		return p.res
	}
	p.res.Statements = stmts
	p.res.Root = stmts[0].Value
	p.declarations()
	return p.res
}

// softFail records a place JavaScript cannot load while reading goes on, so
// that the rest of the text is still checked.
func (p *parser) softFail(offset int, format string, args ...any) {
	if p.res.Err == nil {
		p.res.Err = p.fail(offset, format, args...)
	}
}

func (p *parser) fail(offset int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Offset: offset, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) tolerate(k TolKind, start, end int, edits ...Edit) {
	if p.res.Tolerances == nil {
		// A text in JavaScript style has a tolerance or two for each member
		// (an unquoted key, a quoted value) and a few more (comments, commas):
		// room for that spares the growths, each a copy of the lot.
		p.res.Tolerances = make([]Tolerance, 0, 2*p.memberChunk+8)
	}
	p.res.Tolerances = append(p.res.Tolerances, Tolerance{Kind: k, Start: start, End: end, Edits: edits})
}

func isSettingName(s string) bool {
	for _, n := range SettingNames {
		if s == n {
			return true
		}
	}
	return false
}

func (p *parser) peekRune() (rune, int) {
	if p.pos >= len(p.src) {
		return -1, 0
	}
	if c := p.src[p.pos]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(p.src[p.pos:])
}

// skipSpace skips white space and comments. A non-breaking space or another
// Unicode space between tokens is accepted (JavaScript allows them).
func (p *parser) skipSpace() *SyntaxError {
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p.pos++
		case c == '/' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '/':
			start := p.pos
			for p.pos < len(p.src) && p.src[p.pos] != '\n' && p.src[p.pos] != '\r' {
				p.pos++
			}
			p.tolerate(Comment, start, p.pos)
		case c == '/' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '*':
			start := p.pos
			end := strings.Index(p.text[p.pos+2:], "*/")
			if end < 0 {
				return p.fail(start, "this /* comment is never closed with */")
			}
			p.pos += 2 + end + 2
			p.tolerate(Comment, start, p.pos)
		case c == '\v' || c == '\f':
			p.tolerate(OddSpace, p.pos, p.pos+1)
			p.pos++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(p.src[p.pos:])
			if r != '\uFEFF' && unicode.Is(unicode.Cf, r) { // (JavaScript takes U+FEFF as a space)
				// A zero-width space between tokens: JavaScript refuses it;
				// named, and skipped so that the rest is read (it read as
				// "documentation pasted", and "delete it" took the entry).
				start := p.pos
				p.pos += size
				p.skip(start, "an invisible %s (U+%04X) between tokens: JavaScript and JSON refuse it: delete that one character", InvisibleName(r), r)
				continue
			}
			if r != '\uFEFF' && (!unicode.IsSpace(r) || r == '\u0085') { // JavaScript has no U+0085 space
				return nil
			}
			p.tolerate(OddSpace, p.pos, p.pos+size)
			p.pos += size
		default:
			return nil
		}
	}
	return nil
}

// value reads one value. Numbers may be followed by + or - and another
// number: JavaScript computes `2.5 -3` (a comma left out) as one number.
func (p *parser) value() (*Node, *SyntaxError) {
	n, err := p.primary()
	if err != nil || n.Kind != Number {
		return n, err
	}
	for {
		save, tols := p.pos, len(p.res.Tolerances)
		if err := p.skipSpace(); err != nil {
			return nil, err
		}
		if p.pos+1 >= len(p.src) || (p.src[p.pos] != '-' && p.src[p.pos] != '+') || p.src[p.pos+1] == p.src[p.pos] ||
			!strings.ContainsRune("0123456789.+-", rune(p.src[p.pos+1])) {
			p.pos, p.res.Tolerances = save, p.res.Tolerances[:tols]
			return n, nil
		}
		op := p.src[p.pos]
		p.pos++
		right, err := p.number()
		if err != nil {
			return nil, err
		}
		a, _ := strconv.ParseFloat(n.Text, 64)
		b, _ := strconv.ParseFloat(right.Text, 64)
		if op == '-' {
			b = -b
		}
		p.tolerate(Arithmetic, n.Start, right.End)
		n = p.node(Number, n.Start, right.End, format("", a+b))
		if math.IsNaN(a + b) {
			n.Kind, n.Text = Null, ""
		}
	}
}

func (p *parser) primary() (*Node, *SyntaxError) {
	if p.pos >= len(p.src) {
		return nil, p.fail(p.pos, "unexpected end of input: expected a value")
	}
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"' || c == '\'' || c == '`':
		return p.str()
	case c == '-' || c == '+' || (c >= '0' && c <= '9'):
		return p.number()
	case c == '.' && p.pos+1 < len(p.src) && p.src[p.pos+1] >= '0' && p.src[p.pos+1] <= '9':
		return p.number()
	}
	r, _ := p.peekRune()
	if isCurlyQuote(r) {
		return p.str()
	}
	if isIdentStart(r) {
		start := p.pos
		word := p.ident()
		switch word {
		case "true", "false":
			return p.node(Bool, start, p.pos, word), nil
		case "null":
			return p.node(Null, start, p.pos, ""), nil
		case "undefined":
			p.tolerate(JSValue, start, p.pos)
			return p.node(Undefined, start, p.pos, ""), nil
		case "Infinity":
			p.tolerate(JSNumber, start, p.pos)
			return p.node(Number, start, p.pos, "1e999"), nil
		case "NaN": // JSON has no NaN; JSON.stringify writes null
			p.tolerate(JSValue, start, p.pos)
			return p.node(Null, start, p.pos, ""), nil
		}
		// A name declared above, or an expression: JavaScript, which
		// Qarbine may well run, but qalint checks literal values only, and
		// "put text values in quotes" would break it (an outside tester's
		// `account: ACCOUNT` and `process.env.X`).
		if p.declared[word] {
			return nil, p.fail(start, "the value is %s, a name declared above: qalint checks literal values only, so this file cannot be checked; write the value itself here to have it checked", clip(word))
		}
		if p.pos < len(p.src) && (p.src[p.pos] == '.' || p.src[p.pos] == '(' || p.src[p.pos] == '[') {
			shown := clip(word+string(p.src[p.pos])) + "…" + map[byte]string{'(': ")", '[': "]"}[p.src[p.pos]] // require(…), not require(…
			return nil, p.fail(start, "the value is a JavaScript expression (%s): qalint checks literal values only, so this file cannot be checked; write the value itself here to have it checked", shown)
		}
		return nil, p.fail(start, "unquoted value %q: put text values in quotes", clip(word))
	}
	if r, _ := utf8.DecodeRune(p.src[p.pos:]); strings.ContainsRune(quoteLike, r) {
		// « » ‹ › ＂ ″ …: quote marks of other languages and fonts, which
		// neither JSON nor JavaScript takes (an outside tester's «cf»).
		return nil, p.fail(p.pos, "unexpected %s: %c is not a quote mark JSON or JavaScript takes: write the value in straight quotes, \"…\"", p.describeHere(), r)
	}
	return nil, p.fail(p.pos, "unexpected %s: expected a value", p.describeHere())
}

func (p *parser) enter(start int) *SyntaxError {
	p.depth++
	if p.depth > MaxDepth {
		return p.fail(start, "nested more than %d levels deep: this is not an AI Assistant setting", MaxDepth)
	}
	return nil
}

func (p *parser) object() (*Node, *SyntaxError) {
	n := p.node(Object, p.pos, 0, "")
	if err := p.enter(p.pos); err != nil {
		return nil, err
	}
	// Members gather in a buffer on the goroutine's stack (written without
	// the garbage collector's write barrier, and a typical entry's fit) and
	// are copied once, at the right size, when the object closes.
	var buf [16]Member
	members := buf[:0]
	defer func() { p.depth-- }()
	p.pos++
	needComma, lastComma := false, -1
	lastKey := ""
	for {
		if err := p.skipSpace(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.fail(p.pos, "unexpected end of input: the object opened at %s is not closed with }", p.where(n.Start))
		}
		c := p.src[p.pos]
		switch {
		case c == '}':
			if lastComma >= 0 {
				p.tolerate(TrailingComma, lastComma, lastComma+1, Edit{lastComma, lastComma + 1, ""})
			}
			p.pos++
			n.End = p.pos
			if len(members) > 0 {
				n.Members = take(&p.memberSlab, len(members), p.memberChunk)
				p.members += len(members)
				copy(n.Members, members)
			}
			return n, nil
		case c == ',':
			if !needComma {
				return nil, p.fail(p.pos, "unexpected ',': expected a key")
			}
			needComma, lastComma = false, p.pos
			p.pos++
			continue
		case needComma:
			if p.recover(fmt.Sprintf("after the value of %q", lastKey)) {
				continue
			}
			return nil, p.fail(p.pos, "expected ',' or '}' after the value of %q, found %s", lastKey, p.describeHere())
		}
		if p.recover("where a key was expected") {
			continue
		}
		m, err := p.member()
		if err != nil {
			return nil, err
		}
		members = append(members, m)
		lastKey = m.Key
		needComma, lastComma = true, -1
	}
}

func (p *parser) member() (Member, *SyntaxError) {
	var m Member
	m.KeyStart = p.pos
	r, _ := p.peekRune()
	switch {
	case r == '"' || r == '\'' || r == '`' || isCurlyQuote(r):
		k, q, ok := p.plainString()
		if !ok {
			var err *SyntaxError
			if k, q, err = p.strValue(); err != nil {
				return m, err
			}
		}
		m.Key, m.KeyQuote = k, q
		if r == '`' {
			p.softFail(m.KeyStart, "a `backtick` string cannot be a key in JavaScript, and Qarbine cannot load the setting: put the key in quotes")
		}
	case isIdentStart(r):
		m.Key, m.KeyQuote = p.ident(), Bare
		p.tolerate(UnquotedKey, m.KeyStart, p.pos)
	case r >= '0' && r <= '9' || r == '.':
		// JavaScript takes a number as a key and names it by its value:
		// {0x10: …} has the key "16".
		n, err := p.number()
		if err != nil {
			return m, err
		}
		m.Key, m.KeyQuote = n.Text, Bare
		p.tolerate(UnquotedKey, m.KeyStart, p.pos)
	default:
		return m, p.fail(p.pos, "expected a key in quotes or '}', found %s", p.describeHere())
	}
	m.KeyEnd = p.pos
	if err := p.skipSpace(); err != nil {
		return m, err
	}
	if p.pos >= len(p.src) || p.src[p.pos] != ':' {
		if m.KeyQuote == Bare && p.pos < len(p.src) && (p.src[p.pos] == '-' || p.src[p.pos] == '.') {
			// cf-aig-authorization: 'Bearer …' (an outside tester's pasted
			// header name): a key with a '-' must be quoted.
			end := p.pos
			for end < len(p.src) && (asciiIdentPart[p.src[end]] || p.src[end] == '-' || p.src[end] == '.') {
				end++
			}
			return m, p.fail(m.KeyStart, "the key %s holds a '%c', so it needs quotes: write \"%s\"", clip(p.text[m.KeyStart:end]), p.src[p.pos], clip(p.text[m.KeyStart:end]))
		}
		return m, p.fail(p.pos, "expected ':' after the key %q, found %s", clip(m.Key), p.describeHere())
	}
	p.pos++
	if err := p.skipSpace(); err != nil {
		return m, err
	}
	v, err := p.value()
	if err != nil {
		return m, err
	}
	m.Value = v
	return m, nil
}

func (p *parser) array() (*Node, *SyntaxError) {
	n := p.node(Array, p.pos, 0, "")
	if err := p.enter(p.pos); err != nil {
		return nil, err
	}
	// Items gather on the stack, as an object's members do.
	var buf [8]*Node
	items := buf[:0]
	defer func() { p.depth-- }()
	p.pos++
	needComma, lastComma := false, -1
	for {
		if err := p.skipSpace(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.fail(p.pos, "unexpected end of input: the array opened at %s is not closed with ]", p.where(n.Start))
		}
		c := p.src[p.pos]
		switch {
		case c == ']':
			if lastComma >= 0 {
				p.tolerate(TrailingComma, lastComma, lastComma+1, Edit{lastComma, lastComma + 1, ""})
			}
			p.pos++
			n.End = p.pos
			if len(items) > 0 {
				n.Items = take(&p.itemSlab, len(items), p.itemChunk)
				p.items += len(items)
				copy(n.Items, items)
			}
			return n, nil
		case c == ',' && !needComma:
			// JavaScript reads an empty slot ([a,,b]) as undefined.
			p.tolerate(JSValue, p.pos, p.pos+1)
			items = append(items, p.node(Undefined, p.pos, p.pos+1, ""))
			lastComma = -1 // this comma ends the slot: removing it would drop one
			p.pos++
			continue
		case c == ',':
			needComma, lastComma = false, p.pos
			p.pos++
			continue
		case needComma:
			if p.recover("after an array item") {
				continue
			}
			return nil, p.fail(p.pos, "expected ',' or ']' after an array item, found %s", p.describeHere())
		}
		if p.recover("where a value was expected") {
			continue
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		items = append(items, v)
		needComma, lastComma = true, -1
	}
}

// recover skips prose pasted into a setting, such as the documentation's
// `"model1": “xxx”, ← The completion default is …`, to the end of its line.
// It only fires on a character that cannot begin any token, so it never
// reinterprets text that a strict reader would have understood.
func (p *parser) recover(where string) bool {
	r, _ := p.peekRune()
	if !isJunkStart(r) {
		return false
	}
	start := p.pos
	for p.pos < len(p.src) && p.src[p.pos] != '\n' && p.src[p.pos] != '\r' {
		p.pos++
	}
	if entities(p.src[start:p.pos]) {
		p.skip(start, "%s holds HTML entities (&quot;) where quotes belong, as a web page's source shows them: replace each &quot; with \" (and &#39; with ')", quoteSnippet(p.src[start:p.pos]))
		return true
	}
	p.skip(start, "unexpected text %s %s; Qarbine cannot load it: delete it (it looks like documentation pasted into the setting)",
		quoteSnippet(p.src[start:p.pos]), where)
	return true
}

// skip records src[start:p.pos] as dropped during recovery, with why.
func (p *parser) skip(start int, format string, args ...any) {
	err := p.fail(start, format, args...)
	if p.res.Err == nil {
		p.res.Err = err
	}
	p.res.Skipped = append(p.res.Skipped, Span{start, p.pos})
	p.res.Recovered = append(p.res.Recovered, err)
}

// asciiJunk is isJunkStart for the ASCII characters, computed once: it is
// asked before every key and value.
var asciiJunk = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = junkStart(rune(c))
	}
	return t
}()

func isJunkStart(r rune) bool {
	if r >= 0 && r < utf8.RuneSelf {
		return asciiJunk[r]
	}
	return junkStart(r)
}

func junkStart(r rune) bool {
	if r < 0 || r == utf8.RuneError || r < ' ' {
		return false // binary data is not prose; stop there
	}
	if isIdentStart(r) || unicode.IsDigit(r) || isCurlyQuote(r) {
		return false
	}
	return !strings.ContainsRune("\"'`{}[],:-+./", r)
}

func (p *parser) number() (*Node, *SyntaxError) {
	start := p.pos
	if strings.HasPrefix(p.text[p.pos:], "...") {
		// { ...base }: a spread, JavaScript qalint does not evaluate (it
		// read as 'invalid number "...base"': outside tester).
		return nil, p.fail(start, "a spread (%s) copies values from elsewhere: qalint checks literal values only, so this file cannot be checked; write the values themselves here to have them checked", clip(p.text[start:min(len(p.text), start+3+len(identAt(p.text[start+3:])))]))
	}
	neg := false
	for p.pos < len(p.src) && (p.src[p.pos] == '+' || p.src[p.pos] == '-') {
		if p.pos > start && p.src[p.pos] == p.src[p.pos-1] { // -- and ++ are JavaScript's decrement and increment
			return nil, p.fail(start, "invalid number %q", clip(p.text[start:p.pos+1]))
		}
		neg = neg != (p.src[p.pos] == '-') // JavaScript reads -+1 as -1
		p.pos++
	}
	body := p.pos
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		sign := (c == '+' || c == '-') && p.pos > body && (p.src[p.pos-1] == 'e' || p.src[p.pos-1] == 'E') && !isRadixLiteral(p.src[body:p.pos])
		if !sign && c != '.' && c != '_' && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') {
			break
		}
		p.pos++
	}
	lit := p.text[start:p.pos]
	if isJSONNumber(lit) {
		return p.node(Number, start, p.pos, lit), nil
	}
	v, ok := jsNumber(p.text[body:p.pos])
	if !ok {
		return nil, p.fail(start, "invalid number %q", clip(lit))
	}
	if neg {
		v = "-" + v
	}
	p.tolerate(JSNumber, start, p.pos)
	return p.node(Number, start, p.pos, v), nil
}

// isJSONNumber checks the JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func isJSONNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '0' {
		i++
	} else if digits() == 0 {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

func isIdentStart(r rune) bool {
	return r == '_' || r == '$' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r > 0x7f && unicode.IsLetter(r))
}

func isIdentPart(r rune) bool {
	return isIdentStart(r) || (r >= '0' && r <= '9') || (r > 0x7f && unicode.IsDigit(r))
}

// asciiIdentPart marks the ASCII bytes isIdentPart accepts.
var asciiIdentPart = func() (t [256]bool) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		t[c] = isIdentPart(c)
	}
	return t
}()

func (p *parser) ident() string {
	start := p.pos
	for p.pos < len(p.src) && asciiIdentPart[p.src[p.pos]] {
		p.pos++
	}
	for p.pos < len(p.src) {
		r, size := p.peekRune()
		if !isIdentPart(r) {
			break
		}
		p.pos += size
	}
	return p.text[start:p.pos]
}

// describeHere names the input at p.pos for an error message.
func (p *parser) describeHere() string {
	if p.pos >= len(p.src) {
		return "end of input"
	}
	r, size := utf8.DecodeRune(p.src[p.pos:])
	switch {
	case r == utf8.RuneError && size == 1:
		if c := p.src[p.pos]; cp1252Name[c] != "" {
			// Windows-1252's curly quotes and dashes (Word, Notepad on an
			// old Windows): the text is not binary, only not UTF-8.
			return fmt.Sprintf("byte 0x%02x, which is not UTF-8 text: the file looks saved as Windows-1252 (0x%02x is %s there); save it as UTF-8", c, c, cp1252Name[c])
		}
		return fmt.Sprintf("byte 0x%02x, which is not UTF-8 text (is this a binary file?)", p.src[p.pos])
	case r == 0:
		return "NUL byte (is this a binary file?)"
	case r < ' ' || r == 0x7f:
		return fmt.Sprintf("control character U+%04X", r)
	case r == '\\':
		return `backslash '\'`
	}
	end := p.pos
	for end < len(p.src) && end-p.pos < 40 && p.src[end] != '\n' && p.src[end] != '\r' {
		end++
	}
	return quoteSnippet(p.src[p.pos:end])
}

// where names an offset as "line L, column C" for messages about another place.
func (p *parser) where(offset int) string {
	pos := source.NewIndex(p.src).Pos(offset)
	return fmt.Sprintf("line %d, column %d", pos.Line, pos.Col)
}

// quoteSnippet and clip are how messages quote the input. The input may
// hold credentials, so both mask credential-shaped runs: the reader is the
// one place that echoes source text into messages.
func quoteSnippet(b []byte) string {
	s := strings.TrimRight(string(b), " \t")
	if utf8.RuneCountInString(s) > 32 {
		s = string([]rune(s)[:32]) + "…"
	}
	return fmt.Sprintf("%q", secret.MaskTokens(s))
}

func clip(s string) string {
	s = secret.MaskTokens(s)
	if utf8.RuneCountInString(s) > 40 {
		return string([]rune(s)[:40]) + "…"
	}
	return s
}

// quoteLike are characters that look like quote marks but are none that
// JSON, JavaScript or qalint's reading of curly quotes takes.
const quoteLike = "«»‹›＂＇″′´「」『』〝〞"

// identAt is the identifier at the start of s ("" when none).
func identAt(s string) string {
	i := 0
	for i < len(s) && asciiIdentPart[s[i]] {
		i++
	}
	return s[:i]
}

// cp1252Name names the Windows-1252 characters pasted text most often
// holds.
var cp1252Name = map[byte]string{0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—", 0x85: "…"}
