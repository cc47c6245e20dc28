package lint

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Extensions are the file endings a directory walk picks up.
var Extensions = []string{".json", ".jsonc", ".json5"}

// skipDirs are never walked into.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true}

// Walk calls found for each input named by paths, as soon as it is found,
// so that checking can start while a large tree is still being walked: "-"
// is standard input, a file is taken whatever its ending, a directory is
// walked for Extensions (links are not followed, so a link loop cannot trap
// the walk; files of one folder come in name order). Inputs are deduplicated.
func Walk(paths []string, found func(string)) []*PathError {
	var errs []*PathError
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			found(p)
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
				add(path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &PathError{p, err})
		}
	}
	return errs
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
