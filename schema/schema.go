// Package schema validates entries against qalint's JSON Schema (draft
// 2020-12). The schema file is embedded; the per-type required fields are
// added from the type catalogue when the schema is built, so the catalogue
// stays the one place that says what each type needs.
package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/qalint/qalint/internal/catalog"
)

//go:embed entries.schema.json
var base []byte

// URL is the schema's $id.
const URL = "https://github.com/qalint/qalint/schema/entries.schema.json"

// Document returns the schema for cat as a JSON value: the embedded file plus
// one if/then per type with required fields, and the catalogue's type names
// and Workers AI models as examples for editors. Numbers are json.Number, as
// the validator's compiler takes them (and they print as written).
func Document(cat *catalog.Catalog) (map[string]any, error) {
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(base))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("embedded schema: %w", err)
	}
	entry := doc["$defs"].(map[string]any)["entry"].(map[string]any)
	props := entry["properties"].(map[string]any)
	var allOf []any
	names := cat.TypeNames()
	for _, name := range names {
		t := cat.Types[name]
		if len(t.Required) == 0 {
			continue
		}
		allOf = append(allOf, map[string]any{
			"if":   map[string]any{"properties": map[string]any{"type": map[string]any{"const": name}}, "required": []any{"type"}},
			"then": map[string]any{"required": toAny(t.Required)},
		})
	}
	if len(allOf) > 0 {
		entry["allOf"] = allOf
	}
	props["type"].(map[string]any)["examples"] = toAny(names)
	var gen, emb []string
	for _, id := range cat.ModelIDs() {
		if m := cat.Models[id]; m.Deprecated != "" || m.NoChat && m.Task == catalog.TextGeneration {
			continue // retired, or cannot chat: not an example to follow
		}
		switch cat.Models[id].Task {
		case catalog.TextGeneration:
			gen = append(gen, id)
		case catalog.TextEmbeddings:
			emb = append(emb, id)
		}
	}
	props["model1"].(map[string]any)["examples"] = toAny(gen)
	props["model2"].(map[string]any)["examples"] = toAny(emb)
	return doc, nil
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// Compile builds the validator for cat.
func Compile(cat *catalog.Catalog) (*jsonschema.Schema, error) {
	// The document goes to the compiler as it is, its numbers already
	// json.Number: no JSON text written and read again at start-up.
	doc, err := Document(cat)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	c.UseLoader(noNetwork{})
	if err := c.AddResource(URL, doc); err != nil {
		return nil, err
	}
	return c.Compile(URL)
}

// noNetwork refuses every external reference: the schema is self-contained
// and a linter must never fetch anything.
type noNetwork struct{}

func (noNetwork) Load(url string) (any, error) {
	return nil, fmt.Errorf("qalint loads no schema from %s", url)
}

var cache sync.Map // *catalog.Catalog → *compiled

type compiled struct {
	once sync.Once
	sch  *jsonschema.Schema
	err  error
}

// For returns the compiled schema for cat, compiling it once per catalogue.
func For(cat *catalog.Catalog) (*jsonschema.Schema, error) {
	v, ok := cache.Load(cat) // for every file: no new entry to offer then
	if !ok {
		v, _ = cache.LoadOrStore(cat, &compiled{})
	}
	c := v.(*compiled)
	c.once.Do(func() { c.sch, c.err = Compile(cat) })
	return c.sch, c.err
}
