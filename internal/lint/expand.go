package lint

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Extensions are the file endings a directory walk picks up.
var Extensions = []string{".json", ".jsonc", ".json5"}

// skipDirs are never walked into.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true}

// Expand turns command-line paths into inputs: "-" is standard input, a file
// is taken whatever its ending, a directory is walked for Extensions (links
// are not followed, so a link loop cannot trap the walk). Inputs are
// deduplicated.
func Expand(paths []string) ([]string, []*PathError) {
	var out []string
	var errs []*PathError
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(StdinName)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &PathError{p, unwrapPathErr(err)})
			continue
		}
		if !st.IsDir() {
			add(p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &PathError{path, unwrapPathErr(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != p && skipDirs[d.Name()] {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && hasExtension(d.Name()) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &PathError{p, err})
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return out, errs
}

func hasExtension(name string) bool {
	lower := strings.ToLower(name)
	for _, ext := range Extensions {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return false
}
