package resolve

import (
	"regexp"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/secret"
)

// quotedOnLine finds quoted values on a source line, in the quoting styles
// the reader accepts.
var quotedOnLine = regexp.MustCompile("[\"'`“‘]([^\"'`“”‘’\\r\\n]*)[\"'`”’]")

// MaskLine hides the credentials of set (nil: by shape only) on a source
// line like set.MaskLine, but keeps the values that are documentation
// stand-ins: see keepPlaceholders.
func MaskLine(line string, set *secret.Set) string {
	return keepPlaceholders(line, set.MaskLine(line))
}

// keepPlaceholders puts back, into a masked line, the values that are
// documentation stand-ins ("sk-******"): they are not secrets, and hiding
// them hides what the finding is about. Masking keeps the line's length in
// characters, so positions carry over.
func keepPlaceholders(line, masked string) string {
	if line == masked {
		return masked
	}
	orig, out := []rune(line), []rune(masked)
	if len(orig) != len(out) {
		return masked
	}
	for _, m := range quotedOnLine.FindAllStringSubmatchIndex(line, -1) {
		v := line[m[2]:m[3]]
		if c, _ := Classify(v); c != Placeholder || secret.MaskTokens(v) != v {
			continue
		}
		from := utf8.RuneCountInString(line[:m[2]])
		to := from + utf8.RuneCountInString(v)
		copy(out[from:to], orig[from:to])
	}
	return string(out)
}
