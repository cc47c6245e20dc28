package reader

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// isRadixLiteral reports whether b (a number read so far, sign included)
// starts 0x, 0o or 0b, where e is a digit and not an exponent.
func isRadixLiteral(b []byte) bool {
	s := strings.TrimLeft(string(b), "+-")
	return len(s) >= 2 && s[0] == '0' && strings.ContainsRune("xXoObB", rune(s[1]))
}

// jsNumber reads a numeric literal JavaScript accepts and JSON does not
// (0x1F, 0o17, 0b101, 1_000, .5, 5., +1, and a sloppy-mode legacy octal
// such as 017) and returns its value as a JSON number.
func jsNumber(lit string) (string, bool) {
	sign := ""
	switch {
	case strings.HasPrefix(lit, "-"):
		sign, lit = "-", lit[1:]
	case strings.HasPrefix(lit, "+"):
		lit = lit[1:]
	}
	if lit == "" {
		return "", false
	}
	if lit == "Infinity" { // -Infinity
		return format(sign, math.Inf(1)), true
	}
	if len(lit) > 2 && lit[0] == '0' {
		base := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[lit[1]]
		if base != 0 {
			digits, ok := separated(lit[2:], func(c byte) bool { return digitValue(c) < base })
			if !ok {
				return "", false
			}
			n, ok := new(big.Int).SetString(digits, base)
			if !ok {
				return "", false
			}
			f, _ := new(big.Float).SetInt(n).Float64()
			return format(sign, f), true
		}
	}
	if len(lit) > 1 && lit[0] == '0' && isDigits(lit) { // legacy octal 017, or 08 read as decimal
		base := 8
		if strings.ContainsAny(lit, "89") {
			base = 10
		}
		n, ok := new(big.Int).SetString(lit, base)
		if !ok {
			return "", false
		}
		f, _ := new(big.Float).SetInt(n).Float64()
		return format(sign, f), true
	}
	// Decimal: digits with single _ between digits, an optional fraction and
	// exponent, at least one digit before or after the point.
	mant, exp, hasExp := lit, "", false
	if i := strings.IndexAny(lit, "eE"); i >= 0 {
		mant, exp, hasExp = lit[:i], lit[i+1:], true
	}
	intPart, frac := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
	}
	if intPart == "" && frac == "" {
		return "", false
	}
	if len(intPart) > 1 && intPart[0] == '0' && !(isDigits(intPart) && strings.ContainsAny(intPart, "89")) {
		return "", false // 07.5 and 0_1 are errors in JavaScript; 08.5 is 8.5
	}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	clean := "0"
	if intPart != "" {
		d, ok := separated(intPart, isDigit)
		if !ok {
			return "", false
		}
		clean = d
	}
	if frac != "" {
		d, ok := separated(frac, isDigit)
		if !ok {
			return "", false
		}
		clean += "." + d
	}
	if hasExp {
		e := strings.TrimLeft(exp, "+-")
		if len(exp)-len(e) > 1 {
			return "", false
		}
		d, ok := separated(e, isDigit)
		if !ok {
			return "", false
		}
		clean += "e" + exp[:len(exp)-len(e)] + d
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil && !math.IsInf(f, 0) {
		return "", false
	}
	return format(sign, f), true
}

// separated strips the numeric separators of a digit run: each _ must sit
// between two digits.
func separated(s string, digit func(byte) bool) (string, bool) {
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '_':
		case digit(c):
			b.WriteByte(c)
		default:
			return "", false
		}
	}
	return b.String(), true
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// format writes a float as a JSON number, integers without an exponent.
func format(sign string, f float64) string {
	if math.IsInf(f, 0) {
		return sign + "1e999" // JSON has no Infinity; this reads back as it
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		return sign + strconv.FormatFloat(f, 'f', -1, 64)
	}
	return sign + strconv.FormatFloat(f, 'g', -1, 64)
}

// NumberValue is the value of a JavaScript numeric literal as a JSON number,
// false when JavaScript would not read it.
func NumberValue(lit string) (string, bool) {
	var p parser
	p.init([]byte(lit), lit)
	n, err := p.number()
	if err != nil || p.pos != len(lit) {
		return "", false
	}
	return n.Text, true
}
