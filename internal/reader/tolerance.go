package reader

// Tolerance is one departure from strict JSON that the reader accepted.
type Tolerance struct {
	Kind  TolKind
	Start int // the span a finding points at
	End   int
	// Edits make this spot strict JSON without changing any value. Empty when
	// no such rewrite is safe or needed (a comment, an unquoted key).
	Edits []Edit
}

// Edit replaces src[Start:End] with Text.
type Edit struct {
	Start int
	End   int
	Text  string
}

// TolKind names a tolerance.
type TolKind uint8

const (
	CurlyQuote           TolKind = iota + 1 // a typographic quote delimits a string or key
	TrailingComma                           // a comma right before ] or }
	BOM                                     // a UTF-8 byte order mark at the start
	Comment                                 // a // or /* */ comment
	UnquotedKey                             // a JavaScript identifier used as a key
	SingleQuote                             // a 'single-quoted' string
	BacktickQuote                           // a `backtick` string
	JSEscape                                // an escape JSON does not have, such as \' or \x41
	OddSpace                                // a non-breaking or other Unicode space between tokens
	SettingWrapper                          // the `aiAssistants = […];` form and its module forms
	TemplateSubstitution                    // ${…} inside a backtick string: JavaScript evaluates it
	ControlChar                             // a raw control character inside a string
	JSValue                                 // undefined, written out or as an empty array slot
	JSNumber                                // a number only JavaScript reads: 0x1F, .5, 1_000, +1
	LineContinuation                        // a backslash before a line break inside a string
	LineSeparator                           // a raw U+2028 or U+2029 inside a string
	Arithmetic                              // 2.5 -3: numbers JavaScript adds up, a comma likely missing
	InvisibleChar                           // a zero-width space, a byte order mark, a bidi control or a no-break space inside a string
)

var tolNames = map[TolKind]string{
	CurlyQuote:           "curly quote",
	TrailingComma:        "trailing comma",
	BOM:                  "byte order mark",
	Comment:              "comment",
	UnquotedKey:          "unquoted key",
	SingleQuote:          "single-quoted string",
	BacktickQuote:        "backtick string",
	JSEscape:             "JavaScript escape",
	OddSpace:             "Unicode space",
	SettingWrapper:       "setting wrapper",
	TemplateSubstitution: "template literal",
	ControlChar:          "control character",
	JSValue:              "undefined value",
	JSNumber:             "JavaScript number",
	LineContinuation:     "line continuation",
	LineSeparator:        "line separator",
	Arithmetic:           "arithmetic",
	InvisibleChar:        "invisible character",
}

// JavaScriptOnly reports whether the tolerance is syntax that JSON (even
// with comments) does not have and JavaScript does: a text using it is
// written in JavaScript style.
func (k TolKind) JavaScriptOnly() bool {
	switch k {
	case SettingWrapper, UnquotedKey, SingleQuote, BacktickQuote, JSEscape, TemplateSubstitution,
		JSValue, JSNumber, LineContinuation, Arithmetic:
		return true
	}
	return false
}

func (k TolKind) String() string { return tolNames[k] }
