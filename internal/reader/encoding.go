package reader

import (
	"unicode/utf16"
	"unicode/utf8"
)

// Encoding is how a text was stored.
type Encoding uint8

const (
	UTF8    Encoding = iota
	UTF16LE          // what Windows PowerShell 5 writes with Out-File and >
	UTF16BE
)

func (e Encoding) String() string {
	switch e {
	case UTF16LE:
		return "UTF-16LE"
	case UTF16BE:
		return "UTF-16BE"
	}
	return "UTF-8"
}

// Decode returns src as UTF-8. UTF-16 is recognised by its byte order mark
// and converted, the mark kept as U+FEFF so that it is read (and fixed) like
// a UTF-8 one; every other input is returned as it is. Offsets into the
// result count UTF-8 bytes, and line:col in characters are the same in both.
func Decode(src []byte) ([]byte, Encoding) {
	enc := byteOrder(src)
	if enc == UTF8 {
		return src, UTF8
	}
	units := unitsOf(src, enc)
	out := make([]byte, 0, len(src))
	for _, r := range utf16.Decode(units) { // an unpaired surrogate becomes U+FFFD
		out = utf8.AppendRune(out, r)
	}
	if len(src)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError) // a dangling byte
	}
	return out, enc
}

// byteOrder is the encoding src's byte order mark names: UTF-16LE or BE,
// else UTF-8.
func byteOrder(src []byte) Encoding {
	switch {
	case len(src) >= 2 && src[0] == 0xFF && src[1] == 0xFE:
		return UTF16LE
	case len(src) >= 2 && src[0] == 0xFE && src[1] == 0xFF:
		return UTF16BE
	}
	return UTF8
}

// unitsOf is UTF-16 src as code units (a dangling last byte left out).
func unitsOf(src []byte, enc Encoding) []uint16 {
	units := make([]uint16, 0, len(src)/2)
	for i := 0; i+1 < len(src); i += 2 {
		if enc == UTF16LE {
			units = append(units, uint16(src[i])|uint16(src[i+1])<<8)
		} else {
			units = append(units, uint16(src[i])<<8|uint16(src[i+1]))
		}
	}
	return units
}

// UTF16Loss is where Decode(src) holds a character src does not (U+FFFD
// for an unpaired surrogate, which UTF-8 cannot hold, or for a dangling
// last byte): its offset in the result, or -1 when the conversion lost
// nothing (as for UTF-8 input).
func UTF16Loss(src []byte) int {
	enc := byteOrder(src)
	if enc == UTF8 {
		return -1
	}
	units := unitsOf(src, enc)
	out := 0 // bytes of the result so far
	for i := 0; i < len(units); i++ {
		r := rune(units[i])
		switch {
		case utf16.IsSurrogate(r) && r < 0xDC00 && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] < 0xE000:
			out += 4
			i++
			continue
		case utf16.IsSurrogate(r):
			return out
		}
		out += utf8.RuneLen(r)
	}
	if len(src)%2 == 1 {
		return out
	}
	return -1
}
