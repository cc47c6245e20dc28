package reader

import "unicode"

// IsInvisible reports whether r is a character no one sees in a value: a
// format character (zero-width spaces and joiners, the byte order mark,
// bidi controls, the soft hyphen), a no-break space, or a line or
// paragraph separator. Pasted from a web page or a chat into a key, a
// token or a URL, it makes the value differ from what everyone sees.
func IsInvisible(r rune) bool {
	return r == 0xA0 || r == 0x2028 || r == 0x2029 || r >= 0xAD && unicode.Is(unicode.Cf, r)
}

// InvisibleName names an invisible character for a message.
func InvisibleName(r rune) string {
	switch {
	case r == 0x200B:
		return "zero-width space"
	case r == 0x200C || r == 0x200D:
		return "zero-width joiner"
	case r == 0x2060:
		return "word joiner"
	case r == 0xFEFF:
		return "byte order mark"
	case r == 0xA0:
		return "no-break space"
	case r == 0xAD:
		return "soft hyphen"
	case r == 0x200E || r == 0x200F || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069:
		return "text-direction control"
	case r == 0x2028 || r == 0x2029:
		return "line separator"
	}
	return "format character"
}
