package lint

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Extensions are the file endings a directory walk considers; which of
// those files are checked is decided by their content (see Sniff).
var Extensions = []string{".json", ".jsonc", ".json5", ".js", ".mjs", ".cjs", ".txt"}

// skipDirs are never walked into, in a git work tree or not.
var skipDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true}

// Input is one file to check.
type Input struct {
	Path string
	// Found is true for a file met while walking a directory: it is checked
	// only when its content looks like settings. A file named on the command
	// line is always checked.
	Found bool
	// Skip, when set, is why a file met while walking is not even read:
	// a link or a special file with a settings file's ending (--verbose
	// says so).
	Skip string
}

// Walk calls found for each input named by paths, as soon as it is found,
// so that checking can start while a large tree is still being walked: "-"
// is standard input, a named file is taken whatever its ending, a
// directory is walked for Extensions. Inside a git work tree the walk
// leaves out what git ignores (.gitignore, .git/info/exclude, the global
// excludes file). ignore, when not nil, leaves out more (.qalint.yaml);
// it is asked about folders too, so a whole ignored tree is not walked.
// Links are not followed, so a link loop cannot trap the walk. Inputs are
// deduplicated: one file named in two spellings is checked once.
func Walk(paths []string, ignore func(path string) bool, found func(Input)) []*PathError {
	var errs []*PathError
	seen := map[string]bool{}
	wd, _ := os.Getwd() // once: filepath.Abs would ask for every file
	// One walk meets each file once: spellings can only repeat across
	// several paths.
	dedupe := len(paths) > 1
	// keysOf are the spellings of an input's file: its absolute path and,
	// for a named file, the path with links resolved (a named link and its
	// target are one file: fixing it twice at once would report a change
	// made by qalint itself).
	keysOf := func(in Input) []string {
		key := in.Path
		if in.Path != StdinName && !filepath.IsAbs(key) {
			key = filepath.Join(wd, key)
		}
		if !in.Found && in.Path != StdinName {
			if real, err := filepath.EvalSymlinks(key); err == nil && real != key {
				return []string{real, key}
			}
		}
		return []string{key}
	}
	// Each path is looked at once. A file named on the command line is
	// checked as named (always, and read whatever it is), also when a
	// folder named before it holds it.
	type arg struct {
		st   os.FileInfo
		err  error
		keys []string // a named file's spellings, when deduplicating
	}
	args := make([]arg, len(paths))
	listings := map[string][]string{} // folder → its fix copies' names, listed once (copiesOf)
	named := map[string]bool{}
	for i, p := range paths {
		if p == "-" {
			continue
		}
		a := &args[i]
		if a.st, a.err = os.Stat(p); dedupe && a.err == nil && !a.st.IsDir() {
			a.keys = keysOf(Input{Path: p})
			for _, k := range a.keys {
				named[k] = true
			}
		}
	}
	add := func(in Input, keys []string) {
		if !dedupe {
			found(in)
			return
		}
		if keys == nil {
			keys = keysOf(in)
		}
		for _, k := range keys {
			if seen[k] || (in.Found && named[k]) {
				return // met already, or its turn comes as named
			}
		}
		for _, k := range keys {
			seen[k] = true
		}
		found(in)
	}
	for i, p := range paths {
		if p == "-" {
			add(Input{Path: StdinName}, nil)
			continue
		}
		st, err := args[i].st, args[i].err
		if err != nil {
			errs = append(errs, &PathError{p, unwrapPathErr(err)})
			continue
		}
		if !st.IsDir() {
			add(Input{Path: p}, args[i].keys)
			// A copy a killed fix left beside a file named one by one (as
			// pre-commit names them) is named too, as a walk names it.
			for _, c := range copiesOf(p, listings) {
				add(Input{Path: c, Found: true, Skip: SkipFixCopy}, nil)
			}
			continue
		}
		git := gitFilterFor(p)
		root := p
		if lst, err := os.Lstat(p); err == nil && lst.Mode()&os.ModeSymlink != 0 {
			// A folder named through a link (cfg -> real) is walked: WalkDir
			// follows no link, not even its root, but "cfg/" it opens.
			root = p + string(filepath.Separator)
		}
		// Two folders named can be one (b -> a), or one inside the other
		// through a link: a file met under both is one input, keyed by its
		// path under the folder's real path (fixing it twice at once made
		// fix report its own change as someone else's; an outside tester).
		keyOf := func(string) []string { return nil }
		if real, err := filepath.EvalSymlinks(p); dedupe && err == nil {
			if !filepath.IsAbs(real) {
				real = filepath.Join(wd, real)
			}
			keyOf = func(path string) []string {
				rel, err := filepath.Rel(root, path)
				if err != nil {
					return nil
				}
				return []string{filepath.Join(real, rel)}
			}
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &PathError{path, unwrapPathErr(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path == root {
				return nil
			}
			isDir := d.IsDir()
			if isDir && skipDirs[d.Name()] {
				return fs.SkipDir
			}
			if !isDir && d.Type().IsRegular() && IsFixCopy(d.Name()) {
				// Named, though never read: a copy fix left when it was
				// killed holds a file's old or new text, and no later run
				// would ever mention it.
				if !(git != nil && git.excluded(relSlash(p, path), false, path)) && !(ignore != nil && ignore(path)) {
					add(Input{Path: path, Found: true, Skip: SkipFixCopy}, nil)
				}
				return nil
			}
			if !isDir && !(d.Type().IsRegular() && hasExtension(d.Name())) {
				if !d.Type().IsRegular() && hasExtension(d.Name()) {
					skip := SkipSpecial
					if d.Type()&fs.ModeSymlink != 0 {
						skip = SkipLink
					}
					if !(git != nil && git.excluded(relSlash(p, path), false, path)) && !(ignore != nil && ignore(path)) {
						add(Input{Path: path, Found: true, Skip: skip}, nil)
					}
				}
				return nil
			}
			if (git != nil && git.excluded(relSlash(p, path), isDir, path)) || (ignore != nil && ignore(path)) {
				if isDir {
					return fs.SkipDir
				}
				return nil
			}
			if !isDir {
				add(Input{Path: path, Found: true}, keyOf(path))
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &PathError{p, err})
		}
	}
	return errs
}

// relSlash is path relative to root, with forward slashes, as git names it.
func relSlash(root, path string) string {
	rel, _ := filepath.Rel(root, path)
	return filepath.ToSlash(rel)
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

// copiesOf lists the temporary copies fix left of the file at path (see
// IsFixCopy), reading each folder once.
func copiesOf(path string, listings map[string][]string) []string {
	dir, base := filepath.Split(path)
	names, listed := listings[dir]
	if !listed {
		entries, _ := os.ReadDir(filepath.Clean(dir + "."))
		for _, e := range entries {
			if e.Type().IsRegular() && IsFixCopy(e.Name()) {
				names = append(names, e.Name())
			}
		}
		listings[dir] = names
	}
	var out []string
	for _, n := range names {
		// ".settings.json.qalint-1a2b": of settings.json; a name cut to
		// 200 bytes (see fix's tempPattern) is of every name it begins.
		of := n[1:strings.LastIndex(n, FixCopyMark)]
		if of == base || len(of) >= 200 && strings.HasPrefix(base, of) {
			out = append(out, filepath.Join(dir, n))
		}
	}
	return out
}

// FixCopyMark is what the names of fix's temporary copies hold:
// ".settings.json" + FixCopyMark + a random suffix.
const FixCopyMark = ".qalint-"

// IsFixCopy reports whether name is that of one of fix's temporary copies
// (".settings.json.qalint-1a2b3c").
func IsFixCopy(name string) bool {
	i := strings.LastIndex(name, FixCopyMark)
	if len(name) < 2 || name[0] != '.' || i <= 1 {
		return false
	}
	suffix := name[i+len(FixCopyMark):]
	return suffix != "" && strings.Trim(suffix, "0123456789abcdefghijklmnopqrstuvwxyz") == ""
}
