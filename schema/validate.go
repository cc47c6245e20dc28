package schema

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Violation is one failed schema keyword at one place in the entries array.
type Violation struct {
	// Location is the JSON-pointer tokens of the failing value, from the
	// entries array ("0", "baseURI1").
	Location []string
	// Keyword is the failing keyword: required, type, format, minLength, …
	Keyword string
	// Missing is set for "required": the absent key.
	Missing string
	Message string
}

var printer = message.NewPrinter(language.English)

// ValidateEntries checks a slice of the entries array that starts at offset
// (items as Instance makes them, numbers as json.Number) against sch. It
// reports every leaf failure; messages never quote values, which may be
// secrets. Locations and messages count
// from the start of the whole array. The schema constrains the array only
// through its items, so a long array can be validated a slice at a time,
// keeping the validator's memory bounded.
func ValidateEntries(sch *jsonschema.Schema, items any, offset int) ([]Violation, error) {
	return validate(sch, items, offset)
}

func validate(sch *jsonschema.Schema, inst any, offset int) ([]Violation, error) {
	err := sch.Validate(inst)
	if err == nil {
		return nil, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil, err
	}
	var out []Violation
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				walk(c)
			}
			return
		}
		if loc := e.InstanceLocation; offset != 0 && len(loc) > 0 {
			if i, err := strconv.Atoi(loc[0]); err == nil {
				loc = append([]string{strconv.Itoa(i + offset)}, loc[1:]...)
				e.InstanceLocation = loc
			}
		}
		out = append(out, violations(e)...)
	}
	walk(ve)
	// The validator meets an object's members in map order: sorted, the
	// same file gives the same findings, and the same ones past a cap, on
	// every run.
	slices.SortStableFunc(out, compareViolations)
	return out, nil
}

// compareViolations orders by entry (as a number), then the rest of the
// location, keyword, missing key and message.
func compareViolations(a, b Violation) int {
	if len(a.Location) > 0 && len(b.Location) > 0 {
		ia, errA := strconv.Atoi(a.Location[0])
		ib, errB := strconv.Atoi(b.Location[0])
		if errA == nil && errB == nil && ia != ib {
			return cmp.Compare(ia, ib)
		}
	}
	if c := slices.Compare(a.Location, b.Location); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(a.Keyword, b.Keyword), cmp.Compare(a.Missing, b.Missing), cmp.Compare(a.Message, b.Message))
}

func violations(e *jsonschema.ValidationError) []Violation {
	loc := e.InstanceLocation
	name := "the value"
	if len(loc) == 1 {
		name = "entry " + loc[0]
	} else if len(loc) > 1 {
		name = fmt.Sprintf("%q", strings.Join(loc[1:], "."))
	}
	v := Violation{Location: loc}
	if kp := e.ErrorKind.KeywordPath(); len(kp) > 0 {
		v.Keyword = kp[len(kp)-1]
	}
	switch k := e.ErrorKind.(type) {
	case *kind.Required:
		var out []Violation
		for _, m := range k.Missing {
			what := "this entry"
			if len(loc) > 1 {
				what = name
			}
			out = append(out, Violation{Location: loc, Keyword: "required", Missing: m,
				Message: fmt.Sprintf("%s has no %q field, which is required%s", what, m, requiredWhy(m))})
		}
		return out
	case *kind.Type:
		v.Message = fmt.Sprintf("%s must be %s, not %s", name, orList(k.Want), article(k.Got))
		if len(loc) == 1 {
			v.Message = fmt.Sprintf("entry %s must be an object { \"type\": …, \"alias\": … }, not %s", loc[0], article(k.Got))
		}
	case *kind.MinLength:
		v.Message = fmt.Sprintf("%s must not be empty", name)
	case *kind.Pattern:
		v.Message = fmt.Sprintf("%s must not be blank", name)
	case *kind.Format:
		v.Message = fmt.Sprintf("%s is not a valid absolute %s (e.g. https://gateway.ai.cloudflare.com/v1/…)", name, strings.ToUpper(k.Want))
	default:
		v.Message = fmt.Sprintf("%s: %s", name, e.ErrorKind.LocalizedString(printer))
	}
	return []Violation{v}
}

func requiredWhy(field string) string {
	switch field {
	case "type":
		return ": it names the AI service, e.g. \"Cloudflare\""
	case "alias":
		return ": templates and searches pick entries by alias"
	}
	return " for this type"
}

func orList(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = article(w)
	}
	return strings.Join(out, " or ")
}

func article(t string) string {
	switch t {
	case "object", "array", "integer":
		return "an " + t
	case "null":
		return "null"
	}
	return "a " + t
}
