package fix

import (
	"bytes"
	"compress/zlib"
	"crypto/sha1"
	"fmt"
	"io"
)

// ErrSecretInPatch says why a file is left out of a diff when a line its
// patch would carry holds a credential.
var ErrSecretInPatch = fmt.Errorf("left out of the diff: a line its patch would carry holds a credential, which a diff never prints (masked, the patch would not apply); run qalint fix on it instead")

// ErrSecretInBinaryPatch says why a file whose encoding changes is left out
// of a diff: a binary patch carries the whole file, credentials included,
// and they cannot be masked without breaking the patch.
var ErrSecretInBinaryPatch = fmt.Errorf("left out of the diff: its encoding changes, which needs a binary patch of the whole file, and the file holds a credential that a diff never prints; run qalint fix on it instead")

// binaryPatch writes a git binary patch replacing before with after: the
// only patch `git apply` accepts for a change of encoding (UTF-16 to UTF-8),
// since a text diff cannot say that every byte changed. It holds the whole
// new file as a `literal` block and the old one as the reverse block, with
// the full blob ids git checks the file against.
func binaryPatch(w io.Writer, name string, before, after []byte) error {
	fmt.Fprintf(w, "diff --git a/%s b/%s\n", name, name)
	fmt.Fprintf(w, "index %s..%s\n", blobID(before), blobID(after))
	fmt.Fprintf(w, "GIT binary patch\n")
	if err := literal(w, after); err != nil {
		return err
	}
	return literal(w, before)
}

func blobID(b []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(b))
	h.Write(b)
	return fmt.Sprintf("%x", h.Sum(nil))
}

// literal writes one block: "literal SIZE", the zlib-deflated bytes in
// git's base85 lines, and an empty line.
func literal(w io.Writer, data []byte) error {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(w, "literal %d\n", len(data))
	deflated := z.Bytes()
	for len(deflated) > 0 {
		n := min(52, len(deflated))
		line := deflated[:n]
		deflated = deflated[n:]
		// The first character says how many bytes the line holds:
		// A-Z for 1-26, a-z for 27-52.
		if n <= 26 {
			w.Write([]byte{byte('A' + n - 1)})
		} else {
			w.Write([]byte{byte('a' + n - 27)})
		}
		w.Write(base85(line))
		w.Write([]byte{'\n'})
	}
	_, err := w.Write([]byte{'\n'})
	return err
}

const base85Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"

// base85 encodes b as git does: each group of 4 bytes (the last one padded
// with zeros), big-endian, as 5 characters.
func base85(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); i += 4 {
		var v uint32
		for j := 0; j < 4; j++ {
			v <<= 8
			if i+j < len(b) {
				v |= uint32(b[i+j])
			}
		}
		var enc [5]byte
		for k := 4; k >= 0; k-- {
			enc[k] = base85Alphabet[v%85]
			v /= 85
		}
		out = append(out, enc[:]...)
	}
	return out
}
