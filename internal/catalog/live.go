package catalog

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/qalint/qalint/internal/untrusted"
)

// Live is an account's live Workers AI model list, as `qalint catalog
// update` cached it.
type Live struct {
	FetchedAt time.Time   `json:"fetchedAt"`
	API       string      `json:"api"` // the API base it was read from
	Models    []LiveModel `json:"models"`

	Path string `json:"-"` // where it was read from
}

// LiveModel is what the live list says of one model.
type LiveModel struct {
	ID         string `json:"id"`
	Task       string `json:"task,omitempty"`       // kebab-case, as in models.json
	Deprecated string `json:"deprecated,omitempty"` // planned_deprecation_date
	Dimensions int    `json:"dimensions,omitempty"` // output_dimensions
}

// LiveCacheFile is the cache file's name under the user cache folder.
const LiveCacheFile = "workers-ai-models.json"

// LiveCachePath is where the live list is cached: os.UserCacheDir()/qalint/.
func LiveCachePath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "qalint", LiveCacheFile), nil
}

// LoadLive reads a cached live list; nil and no error when there is none.
func LoadLive(path string) (*Live, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var l Live
	if err := json.Unmarshal(b, &l); err != nil {
		return nil, fmt.Errorf("%s: %w (run `qalint catalog update` to rewrite it)", path, err)
	}
	if l.FetchedAt.IsZero() {
		return nil, fmt.Errorf("%s: no fetchedAt date (run `qalint catalog update` to rewrite it)", path)
	}
	l.Path = path
	l.keepShowable()
	return &l, nil
}

// Save writes the list to path atomically: a reader sees the old file or
// the new one, never a part, and a failed write leaves the old one.
func (l *Live) Save(path string) error {
	b, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".workers-ai-models-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename, nothing is there
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Lookup finds a model in the live list.
func (l *Live) Lookup(id string) (LiveModel, bool) {
	if l == nil {
		return LiveModel{}, false
	}
	for _, m := range l.Models {
		if m.ID == id {
			return m, true
		}
	}
	return LiveModel{}, false
}

// Day is the list's date, YYYY-MM-DD in UTC.
func (l *Live) Day() string { return l.FetchedAt.UTC().Format(time.DateOnly) }

// NewerThanSnapshot: the live list was fetched after the embedded
// snapshot's as-of day, so its facts win.
func (c *Catalog) liveIsNewer(l *Live) bool {
	return l.Day() > c.Sources["models"].AsOf
}

// WithLive returns a copy of c with the live list merged in: a model the
// snapshot lacks is added; for a model both know, each fact the live list
// states (task, retirement date, dimensions) wins when the list is newer
// than the snapshot. A model the live list does not state a date for keeps
// the snapshot's. Models a configuration file added (they carry no
// sources) are left as the user wrote them. c itself is not changed.
func (c *Catalog) WithLive(l *Live) *Catalog {
	if l == nil {
		return c
	}
	n := *c
	n.Live = l
	n.LiveUsed = c.liveIsNewer(l)
	n.ModelSources = make(map[string]FactSource, len(c.ModelSources)+1)
	for k, v := range c.ModelSources {
		n.ModelSources[k] = v
	}
	n.ModelSources["live"] = FactSource{Title: "the account's live model list (GET /accounts/{id}/ai/models/search), fetched " + l.Day(), URL: l.API}
	n.Models = make(map[string]*Model, len(c.Models)+len(l.Models))
	for k, v := range c.Models {
		n.Models[k] = v
	}
	for _, lm := range l.Models {
		old := n.Models[lm.ID]
		if old != nil && (old.From == nil || !n.LiveUsed) {
			continue
		}
		m := &Model{ID: lm.ID, From: map[string]string{"id": "live"}}
		if old != nil {
			cp := *old
			m = &cp
			m.From = make(map[string]string, len(old.From))
			for k, v := range old.From {
				m.From[k] = v
			}
		}
		set := func(fact string, ok bool, apply func()) {
			if ok {
				apply()
				m.From[fact] = "live"
			}
		}
		set("task", lm.Task != "" && lm.Task != m.Task, func() { m.Task = lm.Task })
		set("deprecated", lm.Deprecated != "" && lm.Deprecated != m.Deprecated, func() { m.Deprecated = lm.Deprecated })
		set("dimensions", lm.Dimensions > 0 && lm.Dimensions != m.Dimensions, func() { m.Dimensions = lm.Dimensions })
		n.Models[lm.ID] = m
	}
	return &n
}

// TaskName turns Cloudflare's task name ("Text Generation",
// "Text-to-Image") into the catalogue's ("text-generation").
// Server text: cleaned of control characters and escape sequences, and cut.
func TaskName(name string) string {
	return strings.ReplaceAll(strings.ToLower(untrusted.Cut(untrusted.Clean(name), 60)), " ", "-")
}

// keepShowable drops models whose id is not printable ASCII and cleans task
// names, so that a list cached by an older qalint, or edited by hand, shows
// nothing a terminal would act on.
func (l *Live) keepShowable() {
	kept := l.Models[:0]
	for _, m := range l.Models {
		if !untrusted.IsPrintableID(m.ID) || m.Deprecated != "" && !untrusted.IsPrintableID(m.Deprecated) {
			continue
		}
		m.Task = TaskName(m.Task)
		kept = append(kept, m)
	}
	l.Models = kept
	l.API = untrusted.Cut(untrusted.Clean(l.API), 300)
}
