// Package catalog holds qalint's domain data: Qarbine entry types, Cloudflare
// AI Gateway providers and known hosts, and the Workers AI model catalogue.
// The data lives in embedded JSON files that record their source and date;
// it is decoded once, on first use, so a run that never asks pays nothing.
package catalog

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./gen -inputs gen/inputs -o data/models.json

//go:embed data/*.json
var data embed.FS

// Task is what a Workers AI model does.
const (
	TextGeneration = "text-generation"
	TextEmbeddings = "text-embeddings"
	// OtherTask: the types show neither a chat nor an embedding model, and
	// name no task.
	OtherTask = "other"
)

// Model is one Workers AI model.
type Model struct {
	ID         string `json:"id"`
	Task       string `json:"task"`
	Dimensions int    `json:"dimensions,omitempty"`
	// Deprecated is the day Cloudflare retires (retired) the model,
	// YYYY-MM-DD. A retired model stays in the catalogue.
	Deprecated  string `json:"deprecated,omitempty"`
	Replacement string `json:"replacement,omitempty"`
	// ReplacementBy is "cloudflare" when Cloudflare documents the
	// replacement; otherwise the replacement is a suggestion.
	ReplacementBy string `json:"replacementBy,omitempty"`
	// NoChat: the model's inputs take neither messages nor a prompt, so it
	// cannot answer Qarbine's completions whatever its task.
	NoChat bool `json:"noChat,omitempty"`
	// From names each fact's source, a key of Catalog.ModelSources.
	From map[string]string `json:"from,omitempty"`
}

// ReplacementByCloudflare marks a replacement Cloudflare documents.
const ReplacementByCloudflare = "cloudflare"

// FactSource is where a fact of the model catalogue comes from.
type FactSource struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

// Type is one Qarbine entry type.
type Type struct {
	Name      string `json:"name"`
	Confirmed bool   `json:"confirmed,omitempty"` // the type string is Qarbine's, verbatim
	// Reading: how Qarbine's documentation names the service; the type
	// string is qalint's reading of that name.
	Reading  string            `json:"reading,omitempty"`
	Fields   []string          `json:"fields,omitempty"`   // beyond the common fields
	Required []string          `json:"required,omitempty"` // beyond type and alias
	Defaults map[string]string `json:"defaults,omitempty"`
	Gateway  []string          `json:"gateway,omitempty"` // AI Gateway provider slugs it speaks
	Models   string            `json:"models,omitempty"`  // "workers-ai" when its models are in the catalogue
	// Completions and Embeddings: nil when not settled.
	Completions *bool `json:"completions,omitempty"`
	Embeddings  *bool `json:"embeddings,omitempty"`
	// OpenFields: its field list is not known, so unknown-field reports only
	// near-misses of known names.
	OpenFields bool `json:"openFields,omitempty"`
	// Route and Base say how the probe calls this type without a gateway
	// base URI; an empty route means not settled.
	Route string `json:"route,omitempty"`
	Base  string `json:"base,omitempty"`
}

// Provider is one AI Gateway provider slug.
type Provider struct {
	Slug        string `json:"slug" yaml:"slug"`
	Completions *bool  `json:"completions" yaml:"completions"`
	Embeddings  *bool  `json:"embeddings" yaml:"embeddings"`
	Auth        string `json:"auth" yaml:"auth"`
	Host        string `json:"host,omitempty" yaml:"host"`
	// WorkersAI: the provider is Workers AI, so its models are checked
	// against the model catalogue whatever the entry's type.
	WorkersAI bool `json:"workersAI,omitempty" yaml:"workersAI"`
	// Upstream is how the gateway forwards the path after the slug: the
	// first rule whose From prefixes it replaces that prefix with To.
	Upstream []Forward `json:"upstream,omitempty" yaml:"upstream"`
	// Serves lists, by kind (completion, embedding), the paths after the
	// slug that answer; "{model}" stands for the model id. Empty: not settled.
	Serves     map[string][]string `json:"serves,omitempty" yaml:"serves"`
	Deprecated string              `json:"deprecated,omitempty" yaml:"deprecated"` // why, when it is
	Note       string              `json:"note,omitempty" yaml:"note"`
}

// Forward is one forwarding rule of a gateway provider.
type Forward struct {
	From string `json:"from" yaml:"from"`
	To   string `json:"to" yaml:"to"`
}

// Route is how Qarbine calls one kind of service: the path it appends to
// the base URI for each kind, and where the API key goes.
type Route struct {
	Name string `json:"name"`
	// Inferred: Qarbine does not document the path; findings that depend
	// on it are warnings.
	Inferred   bool              `json:"inferred"`
	Base       string            `json:"base,omitempty"` // without a base URI: {cloudflareAPI}, {account}
	Paths      map[string]string `json:"paths"`          // by kind; "{model}" is the model id
	Credential struct {
		Field  string `json:"field"`
		Header string `json:"header"`
		Prefix string `json:"prefix,omitempty"`
	} `json:"credential"`
	Headers map[string]string `json:"headers,omitempty"` // fixed headers Qarbine sends
}

// Catalog is the full domain data, possibly extended by configuration.
type Catalog struct {
	Models       map[string]*Model
	Types        map[string]*Type
	Providers    map[string]*Provider
	Routes       map[string]*Route
	CustomPrefix string // gateway slugs with it are the user's own providers
	CommonFields []string
	Hosts        []string
	HostSuffixes []string
	Sources      map[string]Source // by file: models, types, providers
	ModelSources map[string]FactSource
	// Live is the cached live model list merged in, nil when none was.
	Live *Live
	// LiveUsed: the live list's facts won over the embedded snapshot's.
	LiveUsed bool

	// Derived once per catalogue: rules ask for them for every entry.
	allFields   []string
	knownFields map[string][]string // by type name; "" for an unknown type
}

// Source says where a data file comes from.
type Source struct {
	Source  string `json:"source"`
	Version string `json:"version,omitempty"`
	AsOf    string `json:"asOf"`
}

var (
	defaultOnce sync.Once
	defaultCat  *Catalog
)

// Default is the embedded catalogue, decoded on first use.
func Default() *Catalog {
	defaultOnce.Do(func() {
		c, err := decode()
		if err != nil {
			panic("qalint: embedded catalogue is broken: " + err.Error()) // a build defect, caught by tests
		}
		defaultCat = c
	})
	return defaultCat
}

// Load decodes the embedded data afresh; Default does it once per process.
// It exists for the start-up benchmark.
func Load() *Catalog {
	c, err := decode()
	if err != nil {
		panic("qalint: embedded catalogue is broken: " + err.Error())
	}
	return c
}

func decode() (*Catalog, error) {
	var models struct {
		Source
		Sources map[string]FactSource `json:"sources"`
		Models  []*Model              `json:"models"`
	}
	var types struct {
		Source
		CommonFields []string `json:"commonFields"`
		Types        []*Type  `json:"types"`
	}
	var providers struct {
		Source
		Providers    []*Provider `json:"providers"`
		CustomPrefix string      `json:"customPrefix"`
		Hosts        []string    `json:"hosts"`
		HostSuffixes []string    `json:"hostSuffixes"`
	}
	var routes struct {
		Source
		Routes []*Route `json:"routes"`
	}
	for name, v := range map[string]any{"models": &models, "types": &types, "providers": &providers, "routes": &routes} {
		b, err := data.ReadFile("data/" + name + ".json")
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(b, v); err != nil {
			return nil, fmt.Errorf("%s.json: %w", name, err)
		}
	}
	c := &Catalog{
		Models:       make(map[string]*Model, len(models.Models)),
		Types:        make(map[string]*Type, len(types.Types)),
		Providers:    make(map[string]*Provider, len(providers.Providers)),
		Routes:       make(map[string]*Route, len(routes.Routes)),
		CustomPrefix: providers.CustomPrefix,
		CommonFields: types.CommonFields,
		Hosts:        providers.Hosts,
		HostSuffixes: providers.HostSuffixes,
		Sources:      map[string]Source{"models": models.Source, "types": types.Source, "providers": providers.Source, "routes": routes.Source},
		ModelSources: models.Sources,
	}
	for _, r := range routes.Routes {
		c.Routes[r.Name] = r
	}
	for _, m := range models.Models {
		c.Models[m.ID] = m
	}
	for _, t := range types.Types {
		c.Types[t.Name] = t
	}
	for _, p := range providers.Providers {
		c.Providers[p.Slug] = p
	}
	c.derive()
	return c, nil
}

// derive computes the field lists rules ask for on every entry.
func (c *Catalog) derive() {
	seen := map[string]bool{}
	c.allFields = nil
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			c.allFields = append(c.allFields, f)
		}
	}
	for _, f := range c.CommonFields {
		add(f)
	}
	c.knownFields = map[string][]string{"": c.CommonFields}
	for _, name := range c.TypeNames() {
		t := c.Types[name]
		c.knownFields[name] = append(append([]string(nil), c.CommonFields...), t.Fields...)
		for _, f := range t.Fields {
			add(f)
		}
	}
}

// Extend returns a copy of c with extra or replaced models and types, as a
// configuration file gives them. c itself is not changed.
func (c *Catalog) Extend(models []*Model, types []*Type) *Catalog {
	if len(models) == 0 && len(types) == 0 {
		return c
	}
	n := *c
	n.Models = make(map[string]*Model, len(c.Models)+len(models))
	for k, v := range c.Models {
		n.Models[k] = v
	}
	for _, m := range models {
		n.Models[m.ID] = m
	}
	n.Types = make(map[string]*Type, len(c.Types)+len(types))
	for k, v := range c.Types {
		n.Types[k] = v
	}
	for _, t := range types {
		n.Types[t.Name] = t
	}
	n.derive()
	return &n
}

// WithProviders returns a copy of c with extra or replaced gateway
// providers, as a configuration file gives them. c itself is not changed.
func (c *Catalog) WithProviders(ps []*Provider) *Catalog {
	if len(ps) == 0 {
		return c
	}
	n := *c
	n.Providers = make(map[string]*Provider, len(c.Providers)+len(ps))
	for k, v := range c.Providers {
		n.Providers[k] = v
	}
	for _, p := range ps {
		n.Providers[p.Slug] = p
	}
	return &n
}

// Provider finds a gateway provider by slug; custom is true for the user's
// own "custom-{slug}" providers, which are always accepted and not known.
func (c *Catalog) Provider(slug string) (p *Provider, custom bool) {
	if p := c.Providers[slug]; p != nil {
		return p, false
	}
	return nil, c.CustomPrefix != "" && strings.HasPrefix(slug, c.CustomPrefix) && len(slug) > len(c.CustomPrefix)
}

// KnownFields lists every field an entry of type t may have; t nil is an
// unknown type. The slice is shared: do not change it.
func (c *Catalog) KnownFields(t *Type) []string {
	if t == nil {
		return c.knownFields[""]
	}
	if f, ok := c.knownFields[t.Name]; ok {
		return f
	}
	return append(append([]string(nil), c.CommonFields...), t.Fields...)
}

// AllFields lists every field any type knows, for near-miss suggestions.
// The slice is shared: do not change it.
func (c *Catalog) AllFields() []string { return c.allFields }

// TypeNames lists type names in a stable order.
func (c *Catalog) TypeNames() []string { return sortedKeys(c.Types) }

// ProviderSlugs lists gateway provider slugs in a stable order.
func (c *Catalog) ProviderSlugs() []string { return sortedKeys(c.Providers) }

// ModelIDs lists model ids in a stable order.
func (c *Catalog) ModelIDs() []string { return sortedKeys(c.Models) }

// IsKnownHost reports whether host is a provider host credentials may go to.
func (c *Catalog) IsKnownHost(host string) bool {
	host = strings.ToLower(host)
	for _, h := range c.Hosts {
		if host == h {
			return true
		}
	}
	for _, s := range c.HostSuffixes {
		if strings.HasSuffix(host, s) {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
