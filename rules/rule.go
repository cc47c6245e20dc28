// Package rules holds every check qalint makes. Each rule is one small value
// in a file of its own (id, default severity, documentation with a bad and a
// good example, and the check) and is registered once, in All.
package rules

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/resolve"
)

// Rule is one check. Its ID is a contract: configs and scripts name it.
type Rule struct {
	ID       string
	Severity model.Severity // default
	Summary  string         // one line, for `qalint rules`
	Doc      string         // a paragraph: what, and why it matters
	Bad      string         // an input that triggers it
	Good     string         // the same input, corrected
	Fixable  bool           // `qalint fix` rewrites it
	// Blocks: an error of this rule on a field a probe uses makes the
	// probe meaningless (it would send a placeholder, a malformed account
	// or a broken URL), so the probe is skipped, quoting the finding.
	Blocks bool
	Check  func(*Context)
}

// All lists every rule, in the order they run and are documented.
var All = []*Rule{
	Parse,
	Encoding,
	CurlyQuotes,
	TemplateLiteral,
	TrailingComma,
	ControlCharacter,
	InvisibleCharacter,
	JSValue,
	SettingLocation,
	SettingDuplicate,
	DuplicateKey,
	Schema,
	UnknownType,
	UnknownField,
	AliasDuplicate,
	AliasUnknown,
	Placeholder,
	AccountID,
	ModelUnknown,
	ModelTask,
	ModelDeprecated,
	EmbeddingDimensions,
	BaseURIScheme,
	BaseURIHost,
	BaseURISuffix,
	GatewayPath,
	GatewayProvider,
	GatewayUpstream,
	GatewayAccount,
	HostLookalike,
	GatewayAuth,
	APIKeyBearer,
	Capability,
	SecretLiteral,
	UnusedSuppression, // last: it filters what the others found
}

// ruleOrder ranks rule ids by their place in All, for sorting findings;
// built once, not for every document.
var ruleOrder = sync.OnceValue(func() map[string]int {
	order := make(map[string]int, len(All))
	for i, r := range All {
		order[r.ID] = i
	}
	return order
})

// Lookup finds a rule by id.
func Lookup(id string) (*Rule, bool) {
	for _, r := range All {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}

// IDs lists every rule id.
func IDs() []string {
	ids := make([]string, len(All))
	for i, r := range All {
		ids[i] = r.ID
	}
	return ids
}

// Options tune a run.
type Options struct {
	Catalog  *catalog.Catalog          // nil: the embedded catalogue
	Now      time.Time                 // zero: time.Now(); deprecations are judged against it
	Severity map[string]model.Severity // per-rule overrides; Off disables
}

// Context is what a rule's check sees and reports through.
type Context struct {
	Doc *model.Document
	Cat *catalog.Catalog
	Now time.Time

	rule       *Rule
	severity   model.Severity
	configured bool // the severity comes from the configuration
	findings   []model.Finding
	perRule    map[string]int // findings each rule made, reported or not (see MaxPerRule)
	leftOut    map[string]int // the index of each rule's "N more" finding
	objects    []*model.Entry
	resolved   []*resolve.Entry
	storage    *resolve.Storage // resolved's, from storagePool; nil when not pooled
}

// Check runs every enabled rule on doc and returns the findings ordered by
// position, then rule order.
func Check(doc *model.Document, opts Options) []model.Finding {
	ctx := &Context{Doc: doc, Cat: opts.Catalog, Now: opts.Now}
	if ctx.Cat == nil {
		ctx.Cat = catalog.Default()
	}
	if ctx.Now.IsZero() {
		ctx.Now = time.Now()
	}
	// A configuration names a few rules: its map is read once, not looked
	// up for each of the rules (most runs configure none).
	type override struct {
		rule *Rule
		s    model.Severity
	}
	var buf [8]override
	overrides := buf[:0]
	if n := len(opts.Severity); n > 0 && n <= len(buf) {
		for id, s := range opts.Severity {
			if r, ok := Lookup(id); ok {
				overrides = append(overrides, override{r, s})
			}
		}
	}
	severity := func(r *Rule) (model.Severity, bool) {
		if len(opts.Severity) > len(buf) {
			if s, ok := opts.Severity[r.ID]; ok {
				return s, true
			}
		}
		for _, o := range overrides {
			if o.rule == r {
				return o.s, true
			}
		}
		return r.Severity, false
	}
	for _, r := range All {
		s, configured := severity(r)
		if r == UnusedSuppression || s == model.Off {
			continue
		}
		ctx.rule, ctx.severity, ctx.configured = r, s, configured
		r.Check(ctx)
	}
	ctx.sayLeftOut()
	ctx.rule = UnusedSuppression
	ctx.severity, ctx.configured = severity(UnusedSuppression)
	UnusedSuppression.Check(ctx) // the suppression pass: always, after the others
	ctx.release()
	f := ctx.findings
	if len(f) > 1 {
		order := ruleOrder()
		slices.SortStableFunc(f, func(a, b model.Finding) int {
			if a.Start != b.Start {
				return cmp.Compare(a.Start, b.Start)
			}
			return cmp.Compare(order[a.Rule], order[b.Rule])
		})
	}
	return f
}

// Entries are the entries that are objects; the schema rule reports others.
func (c *Context) Entries() []*model.Entry {
	if c.objects == nil {
		all := c.Doc.Entries
		if !slices.ContainsFunc(all, func(e *model.Entry) bool { return !e.IsObject() }) {
			c.objects = all[:len(all):len(all)] // usually: no copy (callers only read)
			if c.objects == nil {
				c.objects = []*model.Entry{}
			}
			return c.objects
		}
		c.objects = make([]*model.Entry, 0, len(all))
		for _, e := range all {
			if e.IsObject() {
				c.objects = append(c.objects, e)
			}
		}
	}
	return c.objects
}

// Resolved are the entries that are objects, resolved into the requests
// Qarbine will make: what most rules judge.
func (c *Context) Resolved() []*resolve.Entry {
	if c.resolved == nil {
		if len(c.Doc.Entries) > maxPooledEntries {
			c.resolved = resolve.Document(c.Doc, c.Cat, resolve.Options{})
		} else {
			c.storage = storagePool.Get().(*resolve.Storage)
			c.resolved = c.storage.Document(c.Doc, c.Cat, resolve.Options{})
		}
	}
	return c.resolved
}

// storagePool keeps the memory of resolved entries from one check to the
// next: Check hands it back once its rules ran (findings hold only
// strings). A file of more entries than maxPooledEntries gets its own,
// so that the pool never keeps a hostile file's worth.
var storagePool = sync.Pool{New: func() any { return new(resolve.Storage) }}

const maxPooledEntries = 256

// release hands the storage of the resolved entries back to the pool.
func (c *Context) release() {
	if c.storage != nil {
		c.storage.Reset()
		storagePool.Put(c.storage)
		c.storage, c.resolved = nil, nil
	}
}

// messageArgLimit bounds, in characters, each string a message formats.
const messageArgLimit = 2 * model.QuoteLimit

// At reports a finding on the byte span [start, end).
func (c *Context) At(e *model.Entry, start, end int, pointer, format string, args ...any) {
	c.at(c.severity, e, start, end, pointer, format, args...)
}

// Mild reports like Value, but at most at sev: for the milder cases of a
// rule (an unknown but plausible gateway slug is a warning where a near-miss
// is an error).
func (c *Context) Mild(sev model.Severity, e *model.Entry, v resolve.Value, format string, args ...any) {
	c.at(min(sev, c.severity), e, v.Node.Start, v.Node.End, v.Pointer(e), format, args...)
}

// Sure reports like Value, at sev unless the configuration set the
// rule's severity: for findings whose facts the data confirms.
func (c *Context) Sure(sev model.Severity, e *model.Entry, v resolve.Value, format string, args ...any) {
	if c.configured {
		sev = c.severity
	}
	c.at(sev, e, v.Node.Start, v.Node.End, v.Pointer(e), format, args...)
}

// MaxPerRule is the most findings one rule reports in one file; past it,
// one finding says how many more were left out. A hostile or generated file
// (two million entries that are not objects) would otherwise cost memory
// and output in proportion.
const MaxPerRule = 100

func (c *Context) at(sev model.Severity, e *model.Entry, start, end int, pointer, format string, args ...any) {
	if c.perRule == nil {
		c.perRule, c.leftOut = map[string]int{}, map[string]int{}
	}
	n := c.perRule[c.rule.ID]
	c.perRule[c.rule.ID] = n + 1
	switch {
	case n > MaxPerRule:
		return // counted: sayLeftOut reports it
	case n == MaxPerRule:
		c.leftOut[c.rule.ID] = len(c.findings)
		format, args = "", nil // sayLeftOut writes the message
	}
	from, to := c.Doc.Pos(start), c.Doc.Pos(max(start, end))
	for i, a := range args {
		// A guard behind model.Quote: no argument makes a message long.
		if s, ok := a.(string); ok && len(s) > 4*messageArgLimit {
			args[i] = model.Clip(s, messageArgLimit)
		}
	}
	if len(pointer) > 4*messageArgLimit {
		pointer = model.Clip(pointer, messageArgLimit) // a key of megabytes: bounded like messages
	}
	f := model.Finding{
		File: c.Doc.Path, Line: from.Line, Column: from.Col, EndLine: to.Line, EndColumn: to.Col,
		Severity: sev, Rule: c.rule.ID, Message: fmt.Sprintf(format, args...),
		Pointer: pointer, Start: start, End: end,
	}
	if e != nil {
		f.Alias = model.Clip(e.Alias(), messageArgLimit)
	}
	c.findings = append(c.findings, f)
}

// Node reports a finding on a value.
func (c *Context) Node(e *model.Entry, n *reader.Node, pointer, format string, args ...any) {
	c.At(e, n.Start, n.End, pointer, format, args...)
}

// Field reports a finding on a top-level field's value.
func (c *Context) Field(e *model.Entry, f model.Field, format string, args ...any) {
	c.Node(e, f.Node, e.Pointer(f.Key), format, args...)
}

// Value reports a finding on a resolved value, at its source node.
func (c *Context) Value(e *model.Entry, v resolve.Value, format string, args ...any) {
	c.Node(e, v.Node, v.Pointer(e), format, args...)
}

// Key reports a finding on a member's key.
func (c *Context) Key(e *model.Entry, m *reader.Member, pointer, format string, args ...any) {
	c.At(e, m.KeyStart, m.KeyEnd, pointer, format, args...)
}

// Entry reports a finding on an entry as a whole, at its opening brace.
func (c *Context) Entry(e *model.Entry, format string, args ...any) {
	c.At(e, e.Node.Start, e.Node.Start+1, e.Pointer(), format, args...)
}

// sureKey reports on a key like Key, at sev unless the configuration set
// the rule's severity.
func (c *Context) sureKey(sev model.Severity, e *model.Entry, m *reader.Member, pointer, format string, args ...any) {
	if c.configured {
		sev = c.severity
	}
	c.at(sev, e, m.KeyStart, m.KeyEnd, pointer, format, args...)
}

// resolvedOf is the resolution of an entry object; nil for anything else.
func (c *Context) resolvedOf(e *model.Entry) *resolve.Entry {
	if e == nil {
		return nil
	}
	for _, re := range c.Resolved() {
		if re.Entry == e {
			return re
		}
	}
	return nil
}

// capped reports whether the current rule has reported MaxPerRule findings
// and the one that says more were left out: further ones are only counted.
func (c *Context) capped() bool { return c.perRule[c.rule.ID] > MaxPerRule }

// sayLeftOut turns the first finding past MaxPerRule of each rule into one
// that says how many were left out, from its place on.
func (c *Context) sayLeftOut() {
	for id, i := range c.leftOut {
		c.findings[i].Message = fmt.Sprintf("%d more %s findings in this file from here on are left out (qalint reports at most %d per rule per file)",
			c.perRule[id]-MaxPerRule, id, MaxPerRule)
		c.findings[i].Alias = ""
		c.findings[i].LeftOut = c.perRule[id] - MaxPerRule
	}
}
