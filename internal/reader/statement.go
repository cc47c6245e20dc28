package reader

import (
	"bytes"
	"strings"
)

// Form says how a statement writes its setting.
type Form uint8

const (
	BareValue     Form = iota + 1 // a JSON value on its own: a .json file
	Assignment                    // name = value (Qarbine's settings editor)
	Declaration                   // var|let|const name = value
	ExportConst                   // export const|let|var name = value
	ExportDefault                 // export default value
	ModuleExports                 // module.exports = value
	ExportsMember                 // exports.name = value
)

// Statement is one setting of the text.
type Statement struct {
	Form    Form
	Keyword string // var, let or const for the declaration forms
	// Name is the setting's name; "" for a bare value, export default and
	// module.exports, whose value holds the settings.
	Name               string
	Start              int // first byte of the statement
	NameStart, NameEnd int
	Value              *Node
}

// document reads the whole text: one bare value, or a sequence of settings
// separated by ';' or line breaks, with comments between them.
func (p *parser) document() ([]Statement, *SyntaxError) {
	for strings.HasPrefix(p.text[p.pos:], "\uFEFF") {
		// Every leading mark is one: after the first is removed, the next
		// would be at the start, so fix must remove them all at once.
		p.tolerate(BOM, p.pos, p.pos+3, Edit{p.pos, p.pos + 3, ""})
		p.pos += 3
	}
	p.body = p.pos
	if err := p.skipSpace(); err != nil {
		return nil, err
	}
	if p.pos >= len(p.src) {
		if len(strings.TrimSpace(strings.TrimLeft(p.text, "\uFEFF"))) == 0 {
			// At its start: nothing in it is the place (an outside tester
			// was sent to line 3 of a file of blank lines), and a byte
			// order mark alone is no comment.
			return nil, p.fail(0, "the file is empty: expected the aiAssistants setting, an array of entries")
		}
		return nil, p.fail(p.pos, "the file holds only comments: expected the aiAssistants setting, an array of entries")
	}
	if err := p.skipDirectives(); err != nil {
		return nil, err
	}
	var out []Statement
	for {
		for p.pos < len(p.src) && p.src[p.pos] == ';' { // empty statements
			p.pos++
			if err := p.skipSpace(); err != nil {
				return nil, err
			}
		}
		if p.pos >= len(p.src) {
			break
		}
		if skipped, err := p.skipProse(len(out) == 0); err != nil {
			return nil, err
		} else if skipped {
			continue
		}
		if len(out) > 0 && out[0].Form == BareValue {
			return nil, p.fail(p.pos, "unexpected %s after the end of the setting", p.describeHere())
		}
		if len(out) > 0 && p.exportsByName() {
			if err := p.skipSpace(); err != nil {
				return nil, err
			}
			continue
		}
		st, err := p.statement()
		if err != nil {
			return nil, err
		}
		if st.Form == BareValue && len(out) > 0 {
			p.pos = st.Start
			return nil, p.fail(p.pos, "unexpected %s after the end of the setting", p.describeHere())
		}
		out = append(out, st)
		p.declare(st)
	terminator:
		end := p.pos
		if err := p.skipSpace(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			break
		}
		if p.src[p.pos] == ';' || p.atProse() {
			continue
		}
		if p.src[p.pos] == ',' && st.Form != BareValue && st.Form != ExportDefault && st.Form != ModuleExports {
			// `a = 1, b = 2` and `var a = 1, b`: one statement, two settings.
			p.pos++
			if err := p.skipSpace(); err != nil {
				return nil, err
			}
			next := Statement{Form: st.Form, Keyword: st.Keyword, Start: p.pos}
			if r, _ := p.peekRune(); !isIdentStart(r) {
				return nil, p.fail(p.pos, "expected a name after ',', found %s", p.describeHere())
			}
			next.NameStart = p.pos
			next.Name = p.ident()
			next.NameEnd = p.pos
			if err := p.binding(&next); err != nil {
				return nil, err
			}
			out = append(out, next)
			p.declare(next)
			st = next
			goto terminator
		}
		if r, _ := p.peekRune(); st.Form != BareValue && isIdentStart(r) && hasLineBreak(p.src[end:p.pos]) {
			continue // JavaScript ends a statement at a line break here
		}
		if st.Form == BareValue {
			if st.Value != nil && st.Value.Kind == Object && p.src[p.pos] == ',' {
				// {…}, {…}: entries pasted without their array.
				return nil, p.fail(p.pos, "unexpected ',' after an entry: several entries go in an array: put [ before the first and ] after the last (aiAssistants = [ {…}, {…} ])")
			}
			return nil, p.fail(p.pos, "unexpected %s after the end of the setting", p.describeHere())
		}
		return nil, p.fail(p.pos, "unexpected %s after the value of %s: end the setting with ';' or a line break", p.describeHere(), st.title())
	}
	if len(out) == 0 {
		return nil, p.fail(p.pos, "the file holds no setting: expected the aiAssistants setting, an array of entries")
	}
	for _, r := range p.exportedAs { // export { x as aiAssistants }: the setting is x's value
		for i := range out {
			if out[i].Name == r[0] {
				out[i].Name = r[1]
			}
		}
	}
	return out, nil
}

// skipLabels skips JavaScript labels before a setting (`Note: aiAssistants
// = [ … ]`, `a: b: var aiAssistants = …`), which V8 loads as the setting
// itself; it reports whether it skipped any. Only before a var or an
// assignment, as in JavaScript: `aiAssistants: [ … ]` labels a bare array,
// which sets nothing, and a label before const, let or export is a
// SyntaxError; both stay errors.
func (p *parser) skipLabels() bool {
	start, tols := p.pos, len(p.res.Tolerances)
	skipped := false
	for {
		at := p.pos
		r, _ := p.peekRune()
		if !isIdentStart(r) {
			break
		}
		word := p.ident()
		if err := p.skipSpace(); err != nil || reserved[word] || notProse[word] || isSettingName(word) ||
			p.pos >= len(p.src) || p.src[p.pos] != ':' {
			p.pos = at
			break
		}
		p.pos++
		if err := p.skipSpace(); err != nil {
			p.pos = at
			break
		}
		skipped = true
	}
	if skipped && p.beginsSetting() {
		return true
	}
	p.pos, p.res.Tolerances = start, p.res.Tolerances[:tols]
	return false
}

// beginsSetting reports whether a statement a label may stand before, a
// var or an assignment, begins at p.pos (`var …`, `module.exports …`,
// `name =`).
func (p *parser) beginsSetting() bool {
	save, tols := p.pos, len(p.res.Tolerances)
	defer func() { p.pos, p.res.Tolerances = save, p.res.Tolerances[:tols] }()
	r, _ := p.peekRune()
	if !isIdentStart(r) {
		return false
	}
	switch word := p.ident(); word {
	case "var", "module", "exports":
		return true
	case "let", "const", "export":
		// V8: "Lexical declaration cannot appear in a single-statement
		// context"; an export must be at the top (a differential test
		// against node found these read where node refuses them).
		return false
	default:
		if reserved[word] {
			return false
		}
		return p.skipSpace() == nil && p.pos+1 < len(p.src) && p.src[p.pos] == '=' && p.src[p.pos+1] != '='
	}
}

// memberFollows reports whether '.' comes next (past spaces), and leaves
// p.pos on it when it does.
func (p *parser) memberFollows() bool {
	save, tols := p.pos, len(p.res.Tolerances)
	if p.skipSpace() == nil && p.pos < len(p.src) && p.src[p.pos] == '.' {
		return true
	}
	p.pos, p.res.Tolerances = save, p.res.Tolerances[:tols]
	return false
}

// skipDirectives skips a module's directive prologue, 'use strict'; (or
// "use strict") before its statements: read as a bare string, it made
// everything after it text "after the end of the setting", 0 entries (a
// differential test against node). A string alone is still a value.
func (p *parser) skipDirectives() *SyntaxError {
	for {
		rest := p.text[p.pos:]
		if !strings.HasPrefix(rest, "'use strict'") && !strings.HasPrefix(rest, `"use strict"`) {
			return nil
		}
		save, tols := p.pos, len(p.res.Tolerances)
		p.pos += len("'use strict'")
		end := p.pos
		if err := p.skipSpace(); err != nil {
			return err
		}
		if p.pos < len(p.src) && (p.src[p.pos] == ';' || hasLineBreak(p.src[end:p.pos])) {
			if p.src[p.pos] == ';' {
				p.pos++
			}
			if err := p.skipSpace(); err != nil {
				return err
			}
			if p.pos < len(p.src) {
				continue
			}
		}
		p.pos, p.res.Tolerances = save, p.res.Tolerances[:tols]
		return nil
	}
}

// declare notes a setting declared by name, for exportsByName.
func (p *parser) declare(st Statement) {
	if st.Name == "" || st.Value == nil || st.Form == BareValue {
		return
	}
	if p.declared == nil {
		p.declared = map[string]bool{}
	}
	p.declared[st.Name] = true
}

// exportsByName skips a statement that exports, by name, settings
// declared above it, as Node modules commonly end:
//
//	export default aiAssistants;          export { aiAssistants };
//	module.exports = aiAssistants;        module.exports = { aiAssistants };
//	export default { aiAssistants, catalogSettings, version: 2 };
//	module.exports.aiAssistants = aiAssistants;    exports.aiAssistants = aiAssistants;
//
// It is no setting of its own: the declaration is. Each read as one
// error, "unquoted value", that left the whole file unchecked (an outside
// tester's settings.mjs with a retired model). Anything else is left for
// statement to read.
func (p *parser) exportsByName() bool {
	start, tols, renames := p.pos, len(p.res.Tolerances), len(p.exportedAs)
	if p.exportByName() {
		end := p.pos
		if p.skipSpace() == nil && (p.pos >= len(p.src) || p.src[p.pos] == ';' || hasLineBreak(p.src[end:p.pos])) {
			p.pos, p.res.Tolerances = end, p.res.Tolerances[:tols]
			return true
		}
	}
	p.pos, p.res.Tolerances, p.exportedAs = start, p.res.Tolerances[:tols], p.exportedAs[:renames]
	return false
}

// exportByName reads one of exportsByName's forms, up to its end.
func (p *parser) exportByName() bool {
	space := func() bool { return p.skipSpace() == nil && p.pos < len(p.src) }
	is := func(c byte) bool {
		if space() && p.src[p.pos] == c {
			p.pos++
			return true
		}
		return false
	}
	assign := func() bool { // '=', not '=='
		return is('=') && (p.pos >= len(p.src) || p.src[p.pos] != '=')
	}
	name := func() bool { return space() && p.declared[p.ident()] }
	// scalar reads a number, a string, true, false or null: what a module
	// may export beside its settings (`{ aiAssistants, version: 2 }`).
	scalar := func() bool {
		if !space() {
			return false
		}
		v, err := p.value()
		return err == nil && v.Kind != Object && v.Kind != Array
	}
	names := func() bool { // { a, b: c, d as e, f: 1 } up to and with '}'
		for {
			if is('}') {
				return true
			}
			if !space() {
				return false
			}
			first := p.ident()
			if is(':') {
				// Another name, or a scalar under a key that is no
				// setting's: `{ catalogSettings, aiAssistants: [ … ] }`
				// holds entries, which statement must read.
				save := p.pos
				if !name() && (isSettingName(first) || func() bool { p.pos = save; return !scalar() }()) {
					return false
				}
			} else if !p.declared[first] {
				return false
			} else if space() && strings.HasPrefix(p.text[p.pos:], "as") {
				p.ident()
				if !space() {
					return false
				}
				alias := p.ident()
				if alias == "" {
					return false
				}
				if isSettingName(alias) && !isSettingName(first) {
					// export { x as aiAssistants }: x is the setting (an
					// outside tester's module read as "it sets x").
					p.exportedAs = append(p.exportedAs, [2]string{first, alias})
				}
			}
			if is(',') {
				continue
			}
			return is('}')
		}
	}
	switch p.ident() {
	case "export":
		if is('{') {
			return names()
		}
		if !space() || p.ident() != "default" {
			return false
		}
		if is('{') { // export default { aiAssistants, catalogSettings }
			return names()
		}
		return name()
	case "module":
		if !is('.') || !space() || p.ident() != "exports" {
			return false
		}
		if is('.') {
			return space() && p.ident() != "" && assign() && name()
		}
		if !assign() {
			return false
		}
		if is('{') {
			return names()
		}
		return name()
	case "exports":
		return is('.') && space() && p.ident() != "" && assign() && name()
	}
	return false
}

// beginsSettingName reports whether a setting's name, assigned or
// declared, begins at p.pos ("aiAssistants =", "const aiAssistants"), as
// opposed to prose that mentions it.
func (p *parser) beginsSettingName() bool {
	r, _ := p.peekRune()
	if !isIdentStart(r) {
		return false
	}
	save, tols := p.pos, len(p.res.Tolerances)
	defer func() { p.pos, p.res.Tolerances = save, p.res.Tolerances[:tols] }()
	assigned := func() bool { // '=' next, not '=='
		return p.skipSpace() == nil && p.pos+1 < len(p.src) && p.src[p.pos] == '=' && p.src[p.pos+1] != '='
	}
	declared := func() bool { // NAME = next, NAME a setting's
		return p.skipSpace() == nil && isSettingName(p.ident()) && assigned()
	}
	switch word := p.ident(); {
	case word == "export":
		if p.skipSpace() != nil {
			return false
		}
		switch p.ident() {
		case "default": // a value next: prose may say "export default" too
			return p.skipSpace() == nil && p.pos < len(p.src) && (p.src[p.pos] == '[' || p.src[p.pos] == '{')
		case "var", "let", "const":
			return declared()
		}
		return false
	case word == "var" || word == "let" || word == "const":
		return declared()
	case isSettingName(word):
		return assigned()
	}
	return false
}

func (st Statement) title() string {
	switch st.Form {
	case ExportDefault:
		return "export default"
	case ModuleExports:
		return "module.exports"
	}
	return clip(st.Name)
}

func hasLineBreak(b []byte) bool {
	return bytes.ContainsAny(b, "\n\r") || bytes.Contains(b, []byte("\u2028")) || bytes.Contains(b, []byte("\u2029"))
}

// statement reads one setting at p.pos.
func (p *parser) statement() (Statement, *SyntaxError) {
	p.skipLabels()
	st := Statement{Start: p.pos}
	r, _ := p.peekRune()
	if !isIdentStart(r) {
		return p.bare(st)
	}
	word := p.ident()
	st.Form, st.Name, st.NameStart, st.NameEnd = Assignment, word, st.Start, p.pos
	switch word {
	case "true", "false", "null", "undefined":
		p.pos = st.Start
		return p.bare(st)
	case "var", "let", "const":
		st.Form, st.Keyword = Declaration, word
		if err := p.declaredName(&st); err != nil {
			return st, err
		}
	case "export":
		if err := p.skipSpace(); err != nil {
			return st, err
		}
		at := p.pos
		switch w := p.ident(); w {
		case "default":
			st.Form, st.Name = ExportDefault, ""
			p.tolerate(SettingWrapper, st.Start, p.pos)
			if err := p.skipSpace(); err != nil {
				return st, err
			}
			v, err := p.value()
			st.Value = v
			return st, err
		case "const", "let", "var":
			st.Form, st.Keyword = ExportConst, w
			if err := p.declaredName(&st); err != nil {
				return st, err
			}
		default:
			return st, p.fail(at, "expected `export const NAME = …` or `export default …` after export")
		}
	case "module", "exports":
		save := p.pos
		if err := p.skipSpace(); err != nil {
			return st, err
		}
		if p.pos < len(p.src) && p.src[p.pos] == '.' {
			p.pos++
			if err := p.skipSpace(); err != nil {
				return st, err
			}
			at := p.pos
			prop := p.ident()
			switch {
			case word == "module" && prop == "exports" && p.memberFollows():
				// module.exports.aiAssistants = [ … ], as exports.aiAssistants
				// (a differential test found it refused where node loads it)
				p.pos++
				if err := p.skipSpace(); err != nil {
					return st, err
				}
				at = p.pos
				if st.Name = p.ident(); st.Name == "" {
					return st, p.fail(at, "expected a name after module.exports.")
				}
				st.Form, st.NameStart = ExportsMember, at
			case word == "module" && prop == "exports":
				st.Form, st.Name = ModuleExports, ""
			case word == "exports" && prop != "":
				st.Form, st.Name, st.NameStart = ExportsMember, prop, at
			default:
				return st, p.fail(at, "expected module.exports or exports.NAME")
			}
			st.NameEnd = p.pos
		} else {
			p.pos = save
		}
	}
	return st, p.binding(&st)
}

// binding reads `= value` after a statement's name. A var or let may go
// without a value (it is undefined), a const may not.
func (p *parser) binding(st *Statement) *SyntaxError {
	nameEnd := p.pos
	if err := p.skipSpace(); err != nil {
		return err
	}
	if (st.Keyword == "let" || st.Keyword == "const") && st.Name == "let" {
		return p.fail(st.NameStart, "let cannot be the name of a %s: JavaScript cannot read it", st.Keyword)
	}
	if reserved[st.Name] && st.Form != ExportsMember {
		return p.fail(st.NameStart, "%s is a JavaScript keyword and cannot name a setting: JavaScript cannot read it", st.Name)
	}
	if p.pos >= len(p.src) || p.src[p.pos] != '=' || (p.pos+1 < len(p.src) && (p.src[p.pos+1] == '=' || p.src[p.pos+1] == '>')) {
		if st.Keyword == "var" || st.Keyword == "let" {
			p.tolerate(SettingWrapper, st.Start, nameEnd)
			st.Value = p.node(Undefined, st.NameStart, nameEnd, "")
			p.pos = nameEnd
			return nil
		}
		if st.Form == Assignment {
			return p.fail(st.Start, "unexpected word %q: expected `aiAssistants = [ … ]` or a JSON array of entries", clip(st.Name))
		}
		return p.fail(p.pos, "expected '=' after %s, found %s", st.title(), p.describeHere())
	}
	p.pos++
	p.tolerate(SettingWrapper, st.Start, p.pos)
	if err := p.skipSpace(); err != nil {
		return err
	}
	v, err := p.value()
	st.Value = v
	return err
}

func (p *parser) bare(st Statement) (Statement, *SyntaxError) {
	st.Form, st.Name, st.NameStart, st.NameEnd = BareValue, "", st.Start, st.Start
	v, err := p.value()
	st.Value = v
	return st, err
}

func (p *parser) declaredName(st *Statement) *SyntaxError {
	if err := p.skipSpace(); err != nil {
		return err
	}
	if r, _ := p.peekRune(); !isIdentStart(r) {
		return p.fail(p.pos, "expected a name after %s, found %s", st.Keyword, p.describeHere())
	}
	st.NameStart = p.pos
	st.Name = p.ident()
	st.NameEnd = p.pos
	return nil
}

// declarations checks what JavaScript refuses in a text that parses: a
// let or const name declared twice, assigned before its declaration, or a
// const assigned again. Reading goes on; the setting cannot be loaded.
func (p *parser) declarations() {
	type decl struct {
		keyword string
		index   int
		at      int
	}
	lexical := map[string]decl{}
	vars := map[string]int{}
	for i, st := range p.res.Statements {
		if st.Form != Declaration && st.Form != ExportConst {
			continue
		}
		prev, isLexical := lexical[st.Name]
		prevVar, isVar := vars[st.Name]
		if !isLexical && isVar {
			prev = decl{"var", -1, prevVar}
		}
		if isLexical || (isVar && st.Keyword != "var") {
			p.softFail(st.NameStart, "%s is declared again (first on %s); JavaScript stops with \"SyntaxError: Identifier '%s' has already been declared\" and Qarbine cannot load the setting",
				clip(st.Name), p.where(prev.at), clip(st.Name))
			continue
		}
		if st.Keyword == "var" {
			vars[st.Name] = st.NameStart
		} else {
			lexical[st.Name] = decl{st.Keyword, i, st.NameStart}
		}
	}
	for i, st := range p.res.Statements {
		d, ok := lexical[st.Name]
		if st.Form != Assignment || !ok {
			continue
		}
		if d.index > i {
			p.softFail(st.NameStart, "%s is assigned before its %s declaration on %s; JavaScript stops with \"ReferenceError: Cannot access '%s' before initialization\" and Qarbine cannot load the setting",
				clip(st.Name), d.keyword, p.where(d.at), clip(st.Name))
		} else if d.keyword == "const" {
			p.softFail(st.NameStart, "%s is a const (declared on %s) and cannot be assigned again; JavaScript stops with \"TypeError: Assignment to constant variable.\" and Qarbine cannot load the setting",
				clip(st.Name), p.where(d.at))
		}
	}
}

// reserved are the words a script cannot use as a variable name.
var reserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`break case catch class const continue debugger default delete do else enum
		export extends false finally for function if import in instanceof new null return super switch this
		throw true try typeof var void while with`) {
		reserved[w] = true
	}
}
