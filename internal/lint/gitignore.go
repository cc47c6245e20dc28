package lint

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// gitCommand is the git run to list a work tree; tests point it elsewhere
// to exercise the fallback.
var gitCommand = "git"

// gitFilter says which paths below a walked folder git leaves out.
type gitFilter interface {
	// excluded is asked for each file and folder met, folders before what
	// they hold; rel is slash-separated and relative to the walked folder,
	// path is the path as walked.
	excluded(rel string, isDir bool, path string) bool
}

// gitFilterFor returns the filter for walking dir, nil outside a git work
// tree. Git itself is asked when it is installed, since only git knows its
// ignore rules exactly (tracked files are never ignored, the global
// excludes file, negations); without git, the .gitignore files and
// .git/info/exclude are read with go-git's matcher.
func gitFilterFor(dir string) gitFilter {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	root := WorkTreeRoot(abs)
	if root == "" {
		return nil
	}
	if g := gitListing(dir); g != nil {
		if len(g.files) == 0 && gitIgnores(root, abs) {
			return nil // a folder git ignores, named on purpose: walk it all
		}
		return g
	}
	g := newGitPatterns(root, abs)
	if len(g.prefix) > 0 && g.matches(g.prefix, true) {
		return nil
	}
	return g
}

// gitIgnores asks git whether it ignores dir itself.
func gitIgnores(root, dir string) bool {
	rel, err := filepath.Rel(root, dir)
	if err != nil || rel == "." {
		return false
	}
	return exec.Command(gitCommand, "-C", root, "check-ignore", "-q", "--", rel).Run() == nil
}

// WorkTreeRoot is the nearest folder from dir (absolute) upward holding
// .git, the root of its git work tree; "" outside one.
func WorkTreeRoot(dir string) string {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// gitListed is what `git ls-files` lists: tracked files and untracked ones
// git does not ignore.
type gitListed struct{ files, dirs map[string]bool }

// gitListing asks git; nil when git is missing or fails (for instance on a
// repository owned by another user), and the fallback applies.
func gitListing(dir string) *gitListed {
	// Only the endings a walk considers: in a large repository the listing
	// stays small, and folders without a candidate are not walked at all.
	args := []string{"-C", dir, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--"}
	for _, ext := range Extensions {
		args = append(args, ":(icase)*"+ext)
	}
	// And fix's leftover copies (".settings.json.qalint-1a2b"), which a
	// walk names: inside a work tree they were never met (an outside
	// tester's).
	args = append(args, "*"+FixCopyMark+"*")
	out, err := exec.Command(gitCommand, args...).Output()
	if err != nil {
		return nil
	}
	g := &gitListed{files: map[string]bool{}, dirs: map[string]bool{}}
	for _, name := range bytes.Split(out, []byte{0}) {
		if len(name) == 0 {
			continue
		}
		rel := string(name)
		g.files[rel] = true
		for d := rel; ; {
			i := strings.LastIndexByte(d, '/')
			if i < 0 {
				break
			}
			d = d[:i]
			if g.dirs[d] {
				break
			}
			g.dirs[d] = true
		}
	}
	return g
}

func (g *gitListed) excluded(rel string, isDir bool, _ string) bool {
	if isDir {
		return !g.dirs[rel]
	}
	return !g.files[rel]
}

// gitPatterns matches paths with the ignore files read so far: the work
// tree's .git/info/exclude, the .gitignore files from the root down to the
// walked folder, then each folder's as the walk enters it. Later patterns
// take precedence, as deeper .gitignore files do in git.
type gitPatterns struct {
	prefix   []string // the walked folder, relative to the work tree root
	patterns []gitignore.Pattern
}

func newGitPatterns(root, dir string) *gitPatterns {
	g := &gitPatterns{}
	g.read(filepath.Join(root, ".git", "info", "exclude"), nil)
	rel, err := filepath.Rel(root, dir)
	if err != nil {
		return g
	}
	if rel != "." {
		g.prefix = strings.Split(filepath.ToSlash(rel), "/")
	}
	for i := 0; i <= len(g.prefix); i++ {
		g.read(filepath.Join(append([]string{root}, g.prefix[:i]...)...)+"/.gitignore", g.prefix[:i])
	}
	return g
}

// read adds the patterns of one ignore file; domain is its folder.
func (g *gitPatterns) read(file string, domain []string) {
	b, err := os.ReadFile(file)
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		g.patterns = append(g.patterns, gitignore.ParsePattern(line, domain))
	}
}

func (g *gitPatterns) excluded(rel string, isDir bool, path string) bool {
	parts := append(append([]string{}, g.prefix...), strings.Split(rel, "/")...)
	if g.matches(parts, isDir) {
		return true
	}
	if isDir {
		g.read(filepath.Join(path, ".gitignore"), parts)
	}
	return false
}

// matches: the last pattern that matches decides, as in git.
func (g *gitPatterns) matches(parts []string, isDir bool) bool {
	for i := len(g.patterns) - 1; i >= 0; i-- {
		if m := g.patterns[i].Match(parts, isDir); m != gitignore.NoMatch {
			return m == gitignore.Exclude
		}
	}
	return false
}
