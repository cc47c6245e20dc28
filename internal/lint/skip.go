package lint

import "github.com/qalint/qalint/internal/untrusted"

// Reasons a file met while walking a directory is not checked.
const (
	SkipEmpty      = "empty"
	SkipBinary     = "binary content"
	SkipMentioned  = "mentions aiAssistants only in a comment, a string or an expression, never as a setting"
	SkipNoSettings = "no aiAssistants setting and no entries (objects with a type and an alias)"
	SkipTooLarge   = "larger than --max-size"
	// SkipTooLargeSettings is said on every run (WarnAlways): it is
	// settings, and it was not checked.
	SkipTooLargeSettings = "looks like settings, but is larger than --max-size, so it was not checked (raise --max-size, or name it to see its size)"
	SkipLink             = "a symbolic link: a walk follows none (name the file itself to check it)"
	SkipSpecial          = "not a regular file (a FIFO, a socket or a device)"
	SkipOutput           = "this run's output goes to it (standard output or error redirected to the file, or --output)"
	SkipReport           = "a qalint text report (it quotes settings lines)"
	SkipFixCopy          = "a temporary copy qalint fix makes, left by a fix that was stopped (killed, or the machine went down) or that is running now: it may hold the file's old text; delete it once no fix runs"
)

// WarnAlways reports whether a file skipped for reason is named in a
// warning on every run, not only with --verbose: a copy a stopped fix left
// may hold a file's old text, and is the user's to delete; settings too
// large to check leave a gate that passes having checked nothing.
func WarnAlways(reason string) bool { return reason == SkipFixCopy || reason == SkipTooLargeSettings }

// Fails reports whether a file skipped for reason fails the run (exit 2),
// as an input that cannot be read does: settings too large to check.
func Fails(reason string) bool { return reason == SkipTooLargeSettings }

// SkipTitle is a short title for a skip said on every run (a GitHub
// annotation's).
func SkipTitle(reason string) string {
	if reason == SkipTooLargeSettings {
		return "qalint: settings too large to check"
	}
	return "qalint: a copy a stopped fix left"
}

// Counted reports whether a file skipped for reason counts among the
// files a summary says were skipped, not settings: this run's own output
// and fix's copies are no file of the user's, and settings too large to
// check are counted apart.
func Counted(reason string) bool {
	return reason != SkipOutput && reason != SkipFixCopy && reason != SkipTooLargeSettings
}

// SkipNote is the line (without its line break) that says why the file at
// path was skipped for reason: a warning when WarnAlways, otherwise only
// when verbose; "" when there is nothing to say.
func SkipNote(path, reason string, verbose bool) string {
	switch {
	case reason == "":
		return ""
	case WarnAlways(reason):
		return "qalint: warning: " + untrusted.Path(path) + ": " + reason
	case verbose:
		return "qalint: skipped " + untrusted.Path(path) + ": " + reason
	}
	return ""
}
