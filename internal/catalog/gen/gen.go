// Command gen builds internal/catalog/data/models.json from committed,
// machine-readable inputs under internal/catalog/gen/inputs:
//
//   - workers-types-ai-models.d.ts: the part of @cloudflare/workers-types'
//     index.d.ts that lists the models (interface AiModels) and their
//     input and output types, from which ids and tasks come;
//     workers-types.json records the package version it was cut from;
//   - retirements.json: Cloudflare's retirement announcements, id for id;
//   - facts.json: facts the types do not carry (embedding dimensions,
//     models the package does not list), each with its source;
//   - suggestions.json: qalint's own replacement suggestions.
//
// Run it with `go generate ./internal/catalog`. A test fails when the
// committed models.json differs from what this makes of the inputs.
// To move to a newer @cloudflare/workers-types:
//
//	npm pack @cloudflare/workers-types@VERSION && tar xzf cloudflare-workers-types-VERSION.tgz
//	go run ./internal/catalog/gen -extract package/index.d.ts -version VERSION -published YYYY-MM-DD -shasum SHA1
//	go generate ./internal/catalog
//
// A bad input file or entry is reported and skipped; the rest is still built.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
)

// model is one entry of models.json; internal/catalog.Model reads it.
type model struct {
	ID            string            `json:"id"`
	Task          string            `json:"task,omitempty"`
	NoChat        bool              `json:"noChat,omitempty"`
	Dimensions    int               `json:"dimensions,omitempty"`
	Deprecated    string            `json:"deprecated,omitempty"`
	Replacement   string            `json:"replacement,omitempty"`
	ReplacementBy string            `json:"replacementBy,omitempty"`
	From          map[string]string `json:"from"`
}

type source struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

type catalogue struct {
	Source  string            `json:"source"`
	Version string            `json:"version"`
	AsOf    string            `json:"asOf"`
	Note    string            `json:"note"`
	Sources map[string]source `json:"sources"`
	Models  []*model          `json:"models"`
}

// Input file names, under the inputs folder.
const (
	typesMetaFile   = "workers-types.json"
	retirementsFile = "retirements.json"
	factsFile       = "facts.json"
	suggestionsFile = "suggestions.json"
)

type typesMeta struct {
	Package   string `json:"package"`
	Version   string `json:"version"`
	Published string `json:"published"`
	File      string `json:"file"`
	Shasum    string `json:"shasum"`
	Excerpt   string `json:"excerpt"`
	Refresh   string `json:"refresh"`
}

type announcements struct {
	Note          string `json:"note"`
	Announcements []struct {
		Key         string   `json:"key"`
		Title       string   `json:"title"`
		URL         string   `json:"url"`
		Announced   string   `json:"announced"`
		Retired     string   `json:"retired"`
		Recommended []string `json:"recommended"`
		Models      []struct {
			ID          string `json:"id"`
			Replacement string `json:"replacement"`
		} `json:"models"`
	} `json:"announcements"`
}

type facts struct {
	Note    string            `json:"note"`
	Sources map[string]source `json:"sources"`
	Models  []struct {
		ID         string `json:"id"`
		Task       string `json:"task"`
		Chat       *bool  `json:"chat"`
		Dimensions int    `json:"dimensions"`
		Source     string `json:"source"`
	} `json:"models"`
}

type suggestions struct {
	Note        string `json:"note"`
	Suggestions []struct {
		ID      string `json:"id"`
		Suggest string `json:"suggest"`
		Why     string `json:"why"`
	} `json:"suggestions"`
}

var (
	modelID = regexp.MustCompile(`^@(cf|hf)/[A-Za-z0-9._-]+/[A-Za-z0-9._-]+$`)
	dateRE  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// builder accumulates the catalogue and the problems met on the way.
type builder struct {
	dir      string
	models   map[string]*model
	sources  map[string]source
	problems []string
}

func (b *builder) problem(file, format string, args ...any) {
	b.problems = append(b.problems, file+": "+fmt.Sprintf(format, args...))
}

// readJSON decodes one input file strictly; a problem skips that file only.
func (b *builder) readJSON(name string, v any) bool {
	data, err := os.ReadFile(filepath.Join(b.dir, name))
	if err != nil {
		b.problem(name, "%v", err)
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		b.problem(name, "%v; file skipped", err)
		return false
	}
	return true
}

func (b *builder) get(id string) *model {
	m := b.models[id]
	if m == nil {
		m = &model{ID: id, From: map[string]string{}}
		b.models[id] = m
	}
	return m
}

// generate builds the catalogue from the inputs in dir. It never stops at
// the first problem: it returns what it could build and every problem.
func generate(dir string) (catalogue, []string) {
	b := &builder{dir: dir, models: map[string]*model{}, sources: map[string]source{}}
	meta := b.workersTypes()
	b.facts()
	recommended := b.retirements()
	b.suggestions(recommended)

	out := catalogue{
		Source: fmt.Sprintf("npm %s %s (model ids and tasks); Workers AI changelog (retirements); "+
			"cloudflare-docs model files (embedding dimensions, models the package lacks); per model, \"from\" names each fact's source", meta.Package, meta.Version),
		Version: meta.Package + " " + meta.Version,
		AsOf:    meta.Published,
		Note:    "Generated by `go generate ./internal/catalog` from internal/catalog/gen/inputs; do not edit by hand.",
		Sources: b.sources,
	}
	for _, m := range b.models {
		out.Models = append(out.Models, m)
	}
	sort.Slice(out.Models, func(i, j int) bool { return out.Models[i].ID < out.Models[j].ID })
	return out, b.problems
}

func (b *builder) workersTypes() typesMeta {
	meta := typesMeta{Package: "@cloudflare/workers-types", Version: "unknown", Excerpt: "workers-types-ai-models.d.ts"}
	b.readJSON(typesMetaFile, &meta)
	src, err := os.ReadFile(filepath.Join(b.dir, meta.Excerpt))
	if err != nil {
		b.problem(meta.Excerpt, "%v", err)
		return meta
	}
	b.sources["workers-types"] = source{
		Title: fmt.Sprintf("npm %s %s (published %s), %s: interface AiModels and its Base_Ai_* types", meta.Package, meta.Version, meta.Published, meta.File),
		URL:   "https://www.npmjs.com/package/" + meta.Package + "/v/" + meta.Version,
	}
	ms, problems := parseAiModels(string(src))
	for _, p := range problems {
		b.problem(meta.Excerpt, "%s", p)
	}
	for _, am := range ms {
		if !modelID.MatchString(am.id) {
			b.problem(meta.Excerpt, "%q is not a model id; skipped", am.id)
			continue
		}
		m := b.get(am.id)
		m.From["id"] = "workers-types"
		if am.task != "" {
			m.Task, m.From["task"] = am.task, "workers-types"
			if !am.chat {
				m.NoChat, m.From["noChat"] = true, "workers-types"
			}
		}
	}
	return meta
}

func (b *builder) facts() {
	var f facts
	if !b.readJSON(factsFile, &f) {
		return
	}
	for k, s := range f.Sources {
		b.sources[k] = s
	}
	seen := map[string]bool{}
	for _, fm := range f.Models {
		switch {
		case !modelID.MatchString(fm.ID):
			b.problem(factsFile, "%q is not a model id; skipped", fm.ID)
			continue
		case f.Sources[fm.Source].Title == "":
			b.problem(factsFile, "%s: source %q is not in sources; skipped", fm.ID, fm.Source)
			continue
		case seen[fm.ID]:
			b.problem(factsFile, "%s is listed twice; the first is kept", fm.ID)
			continue
		}
		seen[fm.ID] = true
		m := b.get(fm.ID)
		if m.From["id"] == "" {
			m.From["id"] = fm.Source
		}
		if fm.Task != "" && m.Task == "" { // the package's own word wins
			m.Task, m.From["task"] = fm.Task, fm.Source
		}
		if fm.Chat != nil && !*fm.Chat && m.From["task"] == fm.Source {
			m.NoChat, m.From["noChat"] = true, fm.Source
		}
		if fm.Dimensions > 0 {
			m.Dimensions, m.From["dimensions"] = fm.Dimensions, fm.Source
		}
	}
}

// retirements marks retired models; a model no other input lists is added,
// so a retired model never turns into an unknown one. It returns each
// retired model's announcement's recommended models.
func (b *builder) retirements() map[string][]string {
	var a announcements
	recommended := map[string][]string{}
	if !b.readJSON(retirementsFile, &a) {
		return recommended
	}
	for _, ann := range a.Announcements {
		if ann.Key == "" || !dateRE.MatchString(ann.Retired) || ann.URL == "" {
			b.problem(retirementsFile, "announcement %q needs a key, a url and a retired date (YYYY-MM-DD); skipped", ann.Key)
			continue
		}
		b.sources[ann.Key] = source{Title: ann.Title, URL: ann.URL}
		for _, r := range ann.Models {
			if !modelID.MatchString(r.ID) {
				b.problem(retirementsFile, "%s: %q is not a model id; skipped", ann.Key, r.ID)
				continue
			}
			m := b.get(r.ID)
			if m.Deprecated != "" {
				b.problem(retirementsFile, "%s: %s was already retired on %s by %s; the first is kept", ann.Key, r.ID, m.Deprecated, m.From["deprecated"])
				continue
			}
			if m.From["id"] == "" {
				m.From["id"] = ann.Key
			}
			m.Deprecated, m.From["deprecated"] = ann.Retired, ann.Key
			if r.Replacement != "" {
				m.Replacement, m.ReplacementBy, m.From["replacement"] = r.Replacement, "cloudflare", ann.Key
			}
			recommended[r.ID] = ann.Recommended
		}
	}
	for id, m := range b.models {
		if m.Replacement != "" && !b.usable(m.Replacement, m.Task) {
			b.problem(retirementsFile, "%s: replacement %s is not a current model of the same task; dropped", id, m.Replacement)
			m.Replacement, m.ReplacementBy = "", ""
			delete(m.From, "replacement")
		}
	}
	return recommended
}

// usable: id is in the catalogue, not retired, and does task (when known).
func (b *builder) usable(id, task string) bool {
	r := b.models[id]
	return r != nil && r.Deprecated == "" && (task == "" || r.Task == task)
}

// suggestions offers qalint's replacement for retired models without
// Cloudflare's: the suggestions file's, else the first model of the same
// task the announcement recommends.
func (b *builder) suggestions(recommended map[string][]string) {
	var s suggestions
	if b.readJSON(suggestionsFile, &s) {
		b.sources["qalint"] = source{Title: "qalint's own suggestion (internal/catalog/gen/inputs/suggestions.json, or the first model of the same task the announcement recommends)"}
	}
	own := map[string]string{}
	for _, x := range s.Suggestions {
		if _, dup := own[x.ID]; dup {
			b.problem(suggestionsFile, "%s is listed twice; the first is kept", x.ID)
			continue
		}
		own[x.ID] = x.Suggest
	}
	ids := make([]string, 0, len(b.models))
	for id := range b.models {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		m := b.models[id]
		if m.Deprecated == "" || m.Replacement != "" {
			continue
		}
		pick := ""
		if x, ok := own[id]; ok {
			if b.usable(x, m.Task) {
				pick = x
			} else {
				b.problem(suggestionsFile, "%s: %s is not a current model of the same task; ignored", id, x)
			}
		}
		for _, r := range recommended[id] {
			if pick == "" && m.Task != "" && b.usable(r, m.Task) {
				pick = r
			}
		}
		if pick != "" {
			m.Replacement, m.ReplacementBy, m.From["replacement"] = pick, "qalint", "qalint"
		}
	}
	for id := range own {
		if m := b.models[id]; m == nil || m.Deprecated == "" {
			b.problem(suggestionsFile, "%s is not a retired model; its suggestion is unused", id)
		}
	}
}

// encode writes the catalogue with one model per line, for readable diffs.
func encode(c catalogue) ([]byte, error) {
	var buf bytes.Buffer
	enc := func(v any) ([]byte, error) {
		var b bytes.Buffer
		e := json.NewEncoder(&b)
		e.SetEscapeHTML(false)
		if err := e.Encode(v); err != nil {
			return nil, err
		}
		return bytes.TrimSpace(b.Bytes()), nil
	}
	buf.WriteString("{\n")
	for _, kv := range []struct {
		k string
		v any
	}{{"source", c.Source}, {"version", c.Version}, {"asOf", c.AsOf}, {"note", c.Note}} {
		v, err := enc(kv.v)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&buf, "  %q: %s,\n", kv.k, v)
	}
	buf.WriteString("  \"sources\": {\n")
	keys := make([]string, 0, len(c.Sources))
	for k := range c.Sources {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		v, err := enc(c.Sources[k])
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&buf, "    %q: %s%s\n", k, v, comma(i, len(keys)))
	}
	buf.WriteString("  },\n  \"models\": [\n")
	for i, m := range c.Models {
		v, err := enc(m)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&buf, "    %s%s\n", v, comma(i, len(c.Models)))
	}
	buf.WriteString("  ]\n}\n")
	return buf.Bytes(), nil
}

func comma(i, n int) string {
	if i < n-1 {
		return ","
	}
	return ""
}

// writeAtomic replaces path only with a complete file.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".gen-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func main() {
	inputs := flag.String("inputs", "internal/catalog/gen/inputs", "the folder of committed inputs")
	output := flag.String("o", "internal/catalog/data/models.json", "where to write the catalogue (- for standard output)")
	extract := flag.String("extract", "", "cut the AiModels part out of this index.d.ts into the inputs folder, then stop")
	version := flag.String("version", "", "with -extract: the package version index.d.ts comes from")
	published := flag.String("published", "", "with -extract: its publication date, YYYY-MM-DD")
	shasum := flag.String("shasum", "", "with -extract: the package tarball's SHA-1, as npm pack prints it")
	flag.Parse()
	if *extract != "" {
		if err := extractTypes(*inputs, *extract, *version, *published, *shasum); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		return
	}
	c, problems := generate(*inputs)
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "gen: "+p)
	}
	data, err := encode(c)
	if err == nil {
		if *output == "-" {
			_, err = os.Stdout.Write(data)
		} else {
			err = writeAtomic(*output, data)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if len(problems) > 0 {
		os.Exit(1) // written, but someone should look
	}
}

// extractTypes refreshes the committed excerpt and its version record.
func extractTypes(dir, indexPath, version, published, shasum string) error {
	if version == "" || !dateRE.MatchString(published) {
		return fmt.Errorf("-extract needs -version and -published YYYY-MM-DD")
	}
	src, err := os.ReadFile(indexPath)
	if err != nil {
		return err
	}
	meta := typesMeta{Package: "@cloudflare/workers-types", Version: version, Published: published, File: "index.d.ts",
		Shasum: shasum, Excerpt: "workers-types-ai-models.d.ts",
		Refresh: "npm pack @cloudflare/workers-types@VERSION && tar xzf cloudflare-workers-types-VERSION.tgz && go run ./internal/catalog/gen -extract package/index.d.ts -version VERSION -published YYYY-MM-DD -shasum SHASUM"}
	header := fmt.Sprintf("// Cut from %s %s (%s, published %s) by internal/catalog/gen -extract:\n"+
		"// interface AiModels and the declarations it needs, comments removed.\n"+
		"// Copyright (c) Cloudflare. Licensed MIT OR Apache-2.0, as the package is.\n", meta.Package, version, meta.File, published)
	ex, err := excerptOf(string(src), header)
	if err != nil {
		return fmt.Errorf("%s: %w", indexPath, err)
	}
	var metaBuf bytes.Buffer
	enc := json.NewEncoder(&metaBuf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(meta); err != nil {
		return err
	}
	metaJSON := bytes.TrimSpace(metaBuf.Bytes())
	if err := writeAtomic(filepath.Join(dir, meta.Excerpt), []byte(ex)); err != nil {
		return err
	}
	return writeAtomic(filepath.Join(dir, typesMetaFile), append(metaJSON, '\n'))
}
