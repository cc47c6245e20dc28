package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/qalint/qalint/internal/fix"
	"github.com/qalint/qalint/internal/lint"
	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/untrusted"
	"github.com/qalint/qalint/rules"
)

// printUnfixable lists every place of a file fix cannot read, one line
// each, so that one run says all there is to delete by hand.
func printUnfixable(w io.Writer, path string, err error) {
	var u *fix.Unreadable
	if !errors.As(err, &u) {
		fmt.Fprintf(w, "qalint: %s: %v\n", untrusted.Path(path), err)
		return
	}
	fmt.Fprintf(w, "qalint: %s: %s; nothing was changed. %s by hand:\n", untrusted.Path(path), fix.ErrUnreadable, byHand(u.Places))
	for _, p := range u.Places {
		fmt.Fprintf(w, "  %s:%d:%d: %s\n", untrusted.Path(path), p.Line, p.Col, p.Msg)
	}
}

// byHand is what the user is to do at places: delete text the reader
// skipped (pasted notes), mend the rest (an empty file, a bracket left
// open: "Delete by hand" told an outside tester to delete from an empty
// file).
func byHand(places []fix.Place) string {
	skipped := 0
	for _, p := range places {
		if p.Skipped {
			skipped++
		}
	}
	switch skipped {
	case len(places):
		return "Delete"
	case 0:
		return "Mend"
	}
	return "Delete or mend"
}

// errorsLeft lints what fix leaves (the fixed output, or the input it could
// not fix) and says which errors remain for the user, grouped by rule:
// "3 errors left for you: placeholder ×2 (lines 4, 5), parse (line 6); qalint
// check FILE explains them". With unfixed set, errors of rules fix repairs
// once the file reads are left out: they are not the user's to do. "" when
// no error remains. read, when not nil, is data already read (fix's
// verified reading of its output), so that data is not read again.
func errorsLeft(linter *lint.Linter, path string, data []byte, read *reader.Result, unfixed bool) (string, int) {
	res := linter.BytesRead(path, data, read)
	type group struct {
		rule  string
		count int
		lines []int
	}
	var groups []*group
	n := 0
	for _, f := range res.Findings {
		if f.Severity != model.Error {
			continue
		}
		if r, ok := rules.Lookup(f.Rule); unfixed && ok && r.Fixable {
			continue
		}
		var g *group
		for _, x := range groups {
			if x.rule == f.Rule {
				g = x
			}
		}
		if g == nil {
			g = &group{rule: f.Rule}
			groups = append(groups, g)
		}
		if f.LeftOut > 0 {
			// The finding that says how many more were left out: the
			// count is theirs (it said "schema ×101" for 8,000).
			n += f.LeftOut
			g.count += f.LeftOut
			continue
		}
		n++
		g.count++
		g.lines = append(g.lines, f.Line)
	}
	if n == 0 {
		return "", 0
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].count > groups[j].count })
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = g.rule
		if g.count > 1 {
			parts[i] += fmt.Sprintf(" ×%d", g.count)
		}
		parts[i] += " (" + linesOf(g.lines, g.count > len(g.lines)) + ")"
	}
	word := "errors"
	if n == 1 {
		word = "error"
	}
	again := shellQuote(path)
	if path == lint.StdinName {
		again = "- (given the same input)" // (it said `qalint check '<stdin>'`, a file that is not there)
	}
	return fmt.Sprintf("%s: %d %s left for you: %s; qalint check %s says what to put instead",
		path, n, word, strings.Join(parts, ", "), again), n
}

// linesOf: "line 4", "lines 4, 5, 7" (each line once); at most
// maxLines of them, then "…", also when more lie past the lines given.
func linesOf(lines []int, more bool) string {
	var uniq []string
	last := -1
	for _, l := range lines {
		if l != last {
			uniq = append(uniq, strconv.Itoa(l))
		}
		last = l
	}
	if len(uniq) > maxLines {
		uniq, more = uniq[:maxLines], true
	}
	if more {
		uniq = append(uniq, "…")
	}
	if len(uniq) == 1 {
		return "line " + uniq[0]
	}
	return "lines " + strings.Join(uniq, ", ")
}

// maxLines is how many line numbers a group of errors left names.
const maxLines = 10

// shellQuote quotes a path for a command line to copy, when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./+,:@%") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
