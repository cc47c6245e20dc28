// Command gen refreshes internal/catalog/data/models.json from a checkout of
// cloudflare/cloudflare-docs:
//
//	go run ./internal/catalog/gen -docs PATH/TO/cloudflare-docs > internal/catalog/data/models.json.new
//
// It reads src/content/workers-ai-models/*.json (name, task.name, and the
// planned_deprecation_date property) and keeps from the current catalogue
// what those files do not say: embedding dimensions and replacements, which
// come from the model pages and the deprecation changelog.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

type model struct {
	ID          string `json:"id"`
	Task        string `json:"task"`
	Dimensions  int    `json:"dimensions,omitempty"`
	Deprecated  string `json:"deprecated,omitempty"`
	Replacement string `json:"replacement,omitempty"`
}

type catalogue struct {
	Source string   `json:"source"`
	AsOf   string   `json:"asOf"`
	Note   string   `json:"note,omitempty"`
	Models []*model `json:"models"`
}

// docsModel is the part of a cloudflare-docs model file the catalogue uses.
type docsModel struct {
	Name string `json:"name"`
	Task struct {
		Name string `json:"name"`
	} `json:"task"`
	Properties []struct {
		ID    string `json:"property_id"`
		Value any    `json:"value"`
	} `json:"properties"`
}

// generate builds the catalogue from the model files in dir, keeping the
// curated fields of current.
func generate(dir string, current catalogue, asOf string) (catalogue, error) {
	files, err := filepath.Glob(filepath.Join(dir, "src", "content", "workers-ai-models", "*.json"))
	if err != nil || len(files) == 0 {
		return catalogue{}, fmt.Errorf("no model files under %s/src/content/workers-ai-models", dir)
	}
	curated := map[string]*model{}
	for _, m := range current.Models {
		curated[m.ID] = m
	}
	out := catalogue{
		Source: "cloudflare/cloudflare-docs src/content/workers-ai-models/*.json; dimensions and replacements kept from the previous catalogue",
		AsOf:   asOf,
		Note:   current.Note,
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return catalogue{}, err
		}
		var dm docsModel
		if err := json.Unmarshal(b, &dm); err != nil {
			return catalogue{}, fmt.Errorf("%s: %w", f, err)
		}
		if dm.Name == "" {
			continue
		}
		m := &model{ID: dm.Name, Task: strings.ReplaceAll(strings.ToLower(strings.TrimSpace(dm.Task.Name)), " ", "-")}
		for _, p := range dm.Properties {
			if p.ID == "planned_deprecation_date" {
				m.Deprecated = fmt.Sprint(p.Value)
			}
		}
		if c := curated[m.ID]; c != nil {
			m.Dimensions, m.Replacement = c.Dimensions, c.Replacement
			if m.Deprecated == "" {
				m.Deprecated = c.Deprecated // announced in the changelog before the file says so
			}
		}
		out.Models = append(out.Models, m)
	}
	sort.Slice(out.Models, func(i, j int) bool { return out.Models[i].ID < out.Models[j].ID })
	return out, nil
}

func main() {
	docs := flag.String("docs", "", "a checkout of cloudflare/cloudflare-docs")
	current := flag.String("current", "internal/catalog/data/models.json", "the catalogue to keep curated fields from")
	flag.Parse()
	if *docs == "" {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/catalog/gen -docs PATH/TO/cloudflare-docs")
		os.Exit(2)
	}
	var cur catalogue
	if b, err := os.ReadFile(*current); err == nil {
		if err := json.Unmarshal(b, &cur); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	out, err := generate(*docs, cur, time.Now().UTC().Format(time.DateOnly))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
