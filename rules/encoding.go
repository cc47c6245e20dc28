package rules

import (
	"bytes"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/internal/reader"
)

// Encoding reports a file stored as UTF-16.
var Encoding = &Rule{
	ID:       "encoding",
	Severity: model.Warning,
	Summary:  "the file is UTF-16 (as Windows PowerShell 5 writes it), not UTF-8, or starts with a byte order mark",
	Doc: "Windows PowerShell 5 writes UTF-16 with a byte order mark (`Out-File`, `>`). qalint reads it, " +
		"with positions in characters, but Git shows it as binary, diffs and most tools expect UTF-8, and the " +
		"text pasted into Qarbine's settings editor must be plain text. A UTF-8 file that starts with a byte " +
		"order mark (an invisible U+FEFF, as Notepad used to write) is reported too: JSON.parse and strict JSON " +
		"tools reject it. `qalint fix` rewrites the file as UTF-8 without a byte order mark.",
	Bad:     `(the Good text saved as UTF-16 by Windows PowerShell 5: bytes FF FE 5B 00 20 00 7B 00 …)`,
	Good:    `[ { "type": "Cloudflare", "alias": "cf" } ]`,
	Fixable: true,
	Check: func(c *Context) {
		if c.Doc.Encoding == reader.UTF8 {
			if bytes.HasPrefix(c.Doc.Src, []byte("\uFEFF")) {
				// fix removes it, so check says so (an outside tester's
				// gate on fix --check failed with nothing in check).
				// At 1:1, spanning nothing: a byte order mark is no column
				// (editors, and the playground, do not count it).
				c.At(nil, 0, 0, "", "the file starts with a byte order mark (an invisible U+FEFF): JSON.parse and strict JSON tools reject it, and it is no part of a setting pasted into Qarbine; qalint fix removes it")
			}
			return
		}
		end := min(len("\uFEFF"), len(c.Doc.Src))
		how := ""
		if c.Doc.Encoding == reader.UTF16LE {
			how = " (as Windows PowerShell 5 writes it)" // (it writes little-endian only)
		}
		c.At(nil, 0, end, "", "the file is %s%s: most tools expect UTF-8; qalint fix rewrites it as UTF-8", c.Doc.Encoding, how)
	},
}
