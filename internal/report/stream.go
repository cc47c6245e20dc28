package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// arrayStream writes one indented JSON document whose one array is filled
// element by element: the document is encoded once with a marker where the
// array goes, and split there. The elements are encoded as they come, so
// the report does not hold them, and the bytes are those encoding/json's
// indenting encoder would write for the whole document.
type arrayStream struct {
	w       io.Writer
	indent  string // of the array's elements
	n       int
	tail    []byte
	err     error
	started bool
}

// streamMarker stands for the streamed array while the document is encoded;
// no text of ours contains a NUL.
var streamMarker = json.RawMessage(`"\u0000stream\u0000"`)

// encodeIndented is encoding/json's indented form without HTML escaping
// (messages quote URLs and "<"), and without the final newline.
func encodeIndented(v any, prefix string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// split encodes doc, which holds streamMarker once, and returns what comes
// before the array's "[" and from its "]" on, and the elements' indentation.
func split(doc any) (head, tail []byte, indent string, err error) {
	b, err := encodeIndented(doc, "")
	if err != nil {
		return nil, nil, "", err
	}
	i := bytes.Index(b, streamMarker)
	if i < 0 {
		return nil, nil, "", fmt.Errorf("report: no stream marker in the document")
	}
	lineStart := bytes.LastIndexByte(b[:i], '\n') + 1
	line := b[lineStart:i]
	indent = string(line[:len(line)-len(bytes.TrimLeft(line, " "))]) + "  "
	head = append(b[:i:i], '[')
	tail = append([]byte{']'}, b[i+len(streamMarker):]...)
	return head, append(tail, '\n'), indent, nil
}

// open writes the head of the document doc gives (holding streamMarker) on
// its first call; later calls only return the stream's error.
func (s *arrayStream) open(doc func() any) error {
	if !s.started {
		s.started = true
		head, _, indent, err := split(doc())
		if err != nil {
			s.err = err
			return err
		}
		s.start(head, indent)
	}
	return s.err
}

// start writes the document's head.
func (s *arrayStream) start(head []byte, indent string) {
	s.indent = indent
	_, s.err = s.w.Write(head)
}

// add writes one element.
func (s *arrayStream) add(v any) error {
	if s.err != nil {
		return s.err
	}
	b, err := encodeIndented(v, s.indent)
	if err != nil {
		s.err = err
		return err
	}
	sep := ",\n"
	if s.n == 0 {
		sep = "\n"
	}
	s.n++
	if _, s.err = io.WriteString(s.w, sep+s.indent); s.err == nil {
		_, s.err = s.w.Write(b)
	}
	return s.err
}

// end closes the array with the rest of the document, tail as split gave it
// for the final document.
func (s *arrayStream) end(tail []byte) error {
	if s.err != nil {
		return s.err
	}
	if s.n > 0 {
		if _, s.err = io.WriteString(s.w, "\n"+s.indent[:len(s.indent)-2]); s.err != nil {
			return s.err
		}
	}
	_, s.err = s.w.Write(tail)
	return s.err
}
