package probe

import "github.com/qalint/qalint/internal/untrusted"

// Server text (error messages, bodies, a Location header) is hostile input:
// it reaches a terminal, a CI log and a JSON report. It is cleaned of
// control characters and escape sequences, masked, and only then cut.

// maxServerText is the most of a server's own text (its error message, a
// body) a result quotes, in characters; maxMessage bounds the whole message,
// qalint's explanations included.
const (
	maxServerText = 300
	maxMessage    = 1000
)

// maxBodyText is how much of a body is turned into text at all, well past
// maxMessage, so that masking sees whole credentials before the cut.
const maxBodyText = 64 << 10

// bodyText is a body as text for a message, before masking and the cut.
func bodyText(b []byte) string {
	if len(b) > maxBodyText {
		b = b[:maxBodyText]
	}
	return untrusted.Clean(string(b))
}

// shownMessage is what a result says: cleaned, masked, then cut; withheld
// whole when it still gives a credential away (secret.Set.MaskOr).
func shownMessage(req *Request, s string) string {
	return untrusted.Cut(req.maskOr(untrusted.Clean(s), "this message quotes a credential in a form qalint cannot mask (split, hex or escaped), so it is not shown"), maxMessage)
}

// fromServer makes a provider's error code and text fit to show: cleaned,
// masked (or withheld), then cut.
func (r *Request) fromServer(code, text string) (string, string) {
	return untrusted.Cut(r.maskOr(untrusted.Clean(code), "(withheld)"), 40),
		untrusted.Cut(r.maskOr(untrusted.Clean(text), "the server's text quotes a credential in a form qalint cannot mask (split, hex or escaped), so it is not shown"), maxServerText)
}
