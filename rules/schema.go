package rules

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/schema"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Schema reports JSON Schema violations: missing or mistyped fields.
var Schema = &Rule{
	ID:       "schema",
	Severity: model.Error,
	Summary:  "a JSON Schema violation: a missing type or alias, a field of the wrong kind",
	Doc: "Every entry is an object with a \"type\" and an \"alias\"; the types in the catalogue add their " +
		"own required fields (a Cloudflare entry needs \"account\" and \"apiKey\"). Fields have fixed kinds: " +
		"switches are booleans, URIs are absolute; header names are HTTP tokens (no spaces). A missing field is reported at its object's opening brace. " +
		"`qalint schema` prints the schema for editors.",
	Bad:    `[ { "alias": "cf", "cacheEntries": "yes" } ]`,
	Good:   `[ { "type": "Cloudflare", "alias": "cf", "account": "0123456789abcdef0123456789abcdef", "apiKey": "${CF_API_TOKEN}", "cacheEntries": true } ]`,
	Blocks: true,
	Check: func(c *Context) {
		if c.Doc.Entries == nil {
			return
		}
		sch, err := schema.For(c.Cat)
		if err != nil {
			c.At(nil, 0, 0, "", "the schema could not be built: %v", err)
			return
		}
		// The validator's values are built in maps kept from the last file
		// (nothing keeps them past validation: violations hold strings).
		values := valuesPool.Get().(*schema.Values)
		defer func() { values.Reset(); valuesPool.Put(values) }()
		// A slice of entries at a time: a file of two million entries
		// costs the validator's memory for one slice only; the findings
		// past MaxPerRule are counted, not kept.
		const slice = 1000
		for from := 0; from < len(c.Doc.Entries); from += slice {
			to := min(from+slice, len(c.Doc.Entries))
			if c.capped() {
				// Past the cap only the count matters: an entry that is not
				// an object is one violation, counted without the validator.
				if !c.validateObjectsOnly(sch, values, from, to) {
					return
				}
				continue
			}
			vs, err := schema.ValidateEntries(sch, values.Instance(c.entryNodes(from, to)), from)
			if err != nil {
				c.At(nil, 0, 0, "", "schema validation failed: %v", err)
				return
			}
			c.schemaViolations(vs)
		}
		for _, e := range c.Entries() {
			c.headerNames(e)
		}
	},
}

// valuesPool keeps the maps the validator's values are built in from one
// check to the next.
var valuesPool = sync.Pool{New: func() any { return new(schema.Values) }}

// entryNodes are the nodes of Entries[from:to].
func (c *Context) entryNodes(from, to int) []*reader.Node {
	nodes := make([]*reader.Node, 0, to-from)
	for _, e := range c.Doc.Entries[from:to] {
		nodes = append(nodes, e.Node)
	}
	return nodes
}

// validateObjectsOnly validates the objects among Entries[from:to] one by
// one and counts each other entry as the one violation it is.
func (c *Context) validateObjectsOnly(sch *jsonschema.Schema, values *schema.Values, from, to int) bool {
	for i := from; i < to; i++ {
		if !c.Doc.Entries[i].IsObject() {
			c.perRule[c.rule.ID]++
			continue
		}
		vs, err := schema.ValidateEntries(sch, values.Instance(c.entryNodes(i, i+1)), i)
		if err != nil {
			c.At(nil, 0, 0, "", "schema validation failed: %v", err)
			return false
		}
		c.schemaViolations(vs)
	}
	return true
}

// headerNames reports header names HTTP does not allow ("cf-aig-authorization "
// with a trailing space): Go's client, and so the probe, refuses to send
// them, and Qarbine's client may drop or reject them.
func (c *Context) headerNames(e *model.Entry) {
	h := e.Member("headers")
	if h == nil || h.Value.Kind != reader.Object {
		return
	}
	for i := range h.Value.Members {
		m := &h.Value.Members[i]
		if !validHeaderName(m.Key) {
			c.Key(e, m, e.Pointer("headers", m.Key), "header name %s is not a valid HTTP header name (letters, digits and !#$%%&'*+-.^_`|~ only, no spaces): requests with it fail", model.Quote(m.Key))
		}
	}
}

func (c *Context) schemaViolations(vs []schema.Violation) {
	for _, v := range vs {
		node, parent := c.Doc.Lookup(v.Location)
		var e *model.Entry
		if i, err := strconv.Atoi(v.Location[0]); err == nil && i < len(c.Doc.Entries) {
			e = c.Doc.Entries[i]
		}
		ptr := "/" + strings.Join(escapeAll(v.Location), "/")
		if node == nil {
			node = parent
		}
		if node == nil {
			continue
		}
		if v.Keyword == "required" {
			// A missing key is reported on its object's opening brace.
			msg := v.Message
			if e != nil && len(v.Location) == 1 && v.Missing != "type" && v.Missing != "alias" && e.Type() != "" {
				msg = fmt.Sprintf("this entry has no %q field, which %s requires", v.Missing, aType(e.Type()))
				if re := c.resolvedOf(e); re != nil {
					msg += fmt.Sprintf(": add %q: %s", v.Missing, insteadFor(c, re, v.Missing))
				}
			}
			c.At(e, node.Start, node.Start+1, ptr+"/"+model.EscapePointer(v.Missing), "%s", msg)
			continue
		}
		if v.Keyword == "format" && node.Kind == reader.String && absoluteWithRefs(node.Text) {
			continue // "${CF_BASE}": the environment supplies the URI
		}
		msg := v.Message
		if v.Keyword == "type" && strings.Contains(msg, "must be a boolean") {
			msg += ": write true or false, without quotes"
		}
		if v.Keyword == "format" && node.Kind == reader.String && strings.TrimSpace(node.Text) != node.Text {
			// " https://api.openai.com ": the URI is fine, the spaces are not
			// (an outside tester's message did not say).
			msg = strings.TrimSuffix(msg, " (e.g. https://gateway.ai.cloudflare.com/v1/…)") + ": it has spaces or a line break around it; remove them"
		}
		c.Node(e, node, ptr, "%s", msg)
	}
}

func escapeAll(tokens []string) []string {
	out := make([]string, len(tokens))
	for i, t := range tokens {
		out[i] = model.EscapePointer(t)
	}
	return out
}

var envRef = regexp.MustCompile(`\$\{[A-Za-z_][A-Za-z0-9_]*\}`)

// absoluteWithRefs: a value with ${NAME} references can be an absolute URI
// once they are substituted: it starts with one (which may hold the scheme
// and host), or it is one with each reference read as a plain word.
func absoluteWithRefs(s string) bool {
	s = strings.TrimSpace(s)
	if !envRef.MatchString(s) {
		return false
	}
	if loc := envRef.FindStringIndex(s); loc[0] == 0 {
		return true
	}
	u, err := url.Parse(envRef.ReplaceAllString(s, "x"))
	return err == nil && u.Scheme != "" && u.Host != ""
}

// validHeaderName: a non-empty RFC 9110 token.
func validHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0) {
			return false
		}
	}
	return true
}
