// Package config reads .qalint.yaml: per-rule severities, paths to ignore,
// and extra Workers AI models and Qarbine types for installations the
// embedded catalogue does not know yet. Every problem in the file is
// reported with its line and column.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/qalint/qalint/internal/catalog"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/rules"
)

// Names are the file names searched for, in order.
var Names = []string{".qalint.yaml", ".qalint.yml"}

// Config is a read configuration file.
type Config struct {
	Path      string
	Severity  map[string]model.Severity
	Ignore    []string // globs, relative to the config file's folder
	Models    []*catalog.Model
	Types     []*catalog.Type
	Providers []*catalog.Provider // AI Gateway provider slugs
}

// Error is a problem at a place in the configuration file.
type Error struct {
	Path      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s [config]", e.Path, e.Line, e.Col, e.Msg)
}

// Find looks for a configuration file in dir and its parents; "" when none.
func Find(dir string) string {
	dir, _ = filepath.Abs(dir)
	for {
		for _, n := range Names {
			p := filepath.Join(dir, n)
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
				return p
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads and checks a configuration file.
func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, b)
}

var topKeys = []string{"rules", "ignore", "models", "types", "providers"}

// Parse checks and decodes configuration text.
func Parse(path string, b []byte) (*Config, error) {
	c := &Config{Path: path, Severity: map[string]model.Severity{}}
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return nil, yamlError(path, err)
	}
	if len(root.Content) == 0 {
		return c, nil // an empty file configures nothing
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, at(path, doc, "the configuration must be a mapping with keys %s", strings.Join(topKeys, ", "))
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key, val := doc.Content[i], doc.Content[i+1]
		if val.Tag == "!!null" && slices.Contains(topKeys, key.Value) {
			continue // a section left empty (or only commented out) configures nothing
		}
		var err error
		switch key.Value {
		case "rules":
			err = c.rules(val)
		case "ignore":
			err = c.ignore(val)
		case "models":
			err = c.models(val)
		case "types":
			err = c.types(val)
		case "providers":
			err = c.providers(val)
		default:
			err = unknownKey(path, key, topKeys)
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

func (c *Config) rules(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return at(c.Path, n, "rules: expected a mapping of rule id to error, warning, info or off")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if _, ok := rules.Lookup(key.Value); !ok {
			return unknownKey(c.Path, key, rules.IDs())
		}
		sev, err := model.ParseSeverity(val.Value)
		if err != nil || val.Kind != yaml.ScalarNode {
			return at(c.Path, val, "rule %s: severity must be error, warning, info or off, not %q", key.Value, val.Value)
		}
		c.Severity[key.Value] = sev
	}
	return nil
}

func (c *Config) ignore(n *yaml.Node) error {
	if n.Kind != yaml.SequenceNode {
		return at(c.Path, n, "ignore: expected a list of path globs")
	}
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || item.Value == "" {
			return at(c.Path, item, "ignore: each item is a path glob such as \"testdata/**\"")
		}
		glob := strings.TrimPrefix(filepath.ToSlash(item.Value), "./")
		if !doublestar.ValidatePattern(glob) {
			return at(c.Path, item, "ignore: bad glob %q: unbalanced [ ] or { }, or a trailing \\", item.Value)
		}
		c.Ignore = append(c.Ignore, glob)
	}
	return nil
}

var (
	modelKeys    = []string{"id", "task", "dimensions", "deprecated", "replacement"}
	typeKeys     = []string{"name", "fields", "required", "defaults", "gateway", "models", "completions", "embeddings", "openFields", "route", "base"}
	providerKeys = []string{"slug", "completions", "embeddings", "auth", "host", "workersAI", "upstream", "serves", "deprecated", "note"}
)

func (c *Config) models(n *yaml.Node) (err error) {
	c.Models, err = decodeList(c.Path, n, "models", modelKeys, func(m *catalog.Model) string {
		switch {
		case m.ID == "":
			return "models: every model needs an id, e.g. \"@cf/acme/new-model\""
		case m.Task == "":
			return "model " + m.ID + ": task is required (text-generation, text-embeddings, …)"
		}
		return ""
	})
	return err
}

func (c *Config) types(n *yaml.Node) (err error) {
	c.Types, err = decodeList(c.Path, n, "types", typeKeys, func(t *catalog.Type) string {
		if t.Name == "" {
			return "types: every type needs a name, as written in \"type\""
		}
		return ""
	})
	return err
}

func (c *Config) providers(n *yaml.Node) (err error) {
	c.Providers, err = decodeList(c.Path, n, "providers", providerKeys, func(p *catalog.Provider) string {
		if p.Slug == "" {
			return "providers: every provider needs a slug, as written after the gateway id in the base URI"
		}
		for kind := range p.Serves {
			if kind != "completion" && kind != "embedding" {
				return "provider " + p.Slug + ": serves takes completion and embedding, not " + strconv.Quote(kind)
			}
		}
		return ""
	})
	return err
}

// decodeList decodes a list of mappings with known keys; problem says
// what is wrong with a decoded item, "" when nothing.
func decodeList[T any](path string, n *yaml.Node, section string, keys []string, problem func(*T) string) ([]*T, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, at(path, n, "%s: expected a list of {%s, …}", section, strings.Join(keys[:2], ", "))
	}
	var out []*T
	for _, item := range n.Content {
		if err := checkKeys(path, item, keys); err != nil {
			return nil, err
		}
		v := new(T)
		if err := item.Decode(v); err != nil {
			return nil, yamlError(path, err)
		}
		if msg := problem(v); msg != "" {
			return nil, at(path, item, "%s", msg)
		}
		out = append(out, v)
	}
	return out, nil
}

func checkKeys(path string, n *yaml.Node, known []string) error {
	if n.Kind != yaml.MappingNode {
		return at(path, n, "expected a mapping with keys %s", strings.Join(known, ", "))
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		found := false
		for _, k := range known {
			found = found || k == n.Content[i].Value
		}
		if !found {
			return unknownKey(path, n.Content[i], known)
		}
	}
	return nil
}

func unknownKey(path string, key *yaml.Node, known []string) error {
	if s, ok := catalog.Suggest(key.Value, known); ok {
		return at(path, key, "unknown key %q; did you mean %q?", key.Value, s)
	}
	return at(path, key, "unknown key %q; known keys: %s", key.Value, strings.Join(known, ", "))
}

func at(path string, n *yaml.Node, format string, args ...any) error {
	return &Error{Path: path, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)}
}

var yamlLine = regexp.MustCompile(`line (\d+):?`)

// yamlError turns a YAML library error into an Error with its line.
func yamlError(path string, err error) error {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	line := 1
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		fmt.Sscan(m[1], &line)
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	msg = yamlLine.ReplaceAllString(msg, "")
	msg = strings.TrimLeft(msg, ": ")
	return &Error{Path: path, Line: line, Col: 1, Msg: msg}
}

// Catalog is the embedded catalogue extended with this file's models and types.
func (c *Config) Catalog() *catalog.Catalog {
	if c == nil {
		return catalog.Default()
	}
	return catalog.Default().Extend(c.Models, c.Types).WithProviders(c.Providers)
}

// Ignored reports whether a path matches an ignore glob. Globs are relative
// to the configuration file's folder and follow github.com/bmatcuk/doublestar
// (** spans folders, [a-z], {a,b}, any Unicode name); a glob that matches a
// folder covers what is inside it.
func (c *Config) Ignored(path string) bool {
	if c == nil || len(c.Ignore) == 0 {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(filepath.Dir(c.Path), abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, glob := range c.Ignore {
		for p := rel; ; {
			if doublestar.MatchUnvalidated(glob, p) {
				return true
			}
			i := strings.LastIndexByte(p, '/')
			if i < 0 {
				break
			}
			p = p[:i]
		}
	}
	return false
}
