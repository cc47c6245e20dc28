package lint

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/qalint/qalint/internal/model"
	"github.com/qalint/qalint/rules"
)

// v8Bases are settings texts Qarbine loads, in its own form: statements in a
// row, JavaScript-literal style and JSON style.
var v8Bases = []string{
	"aiAssistants = [\n  {\n    type: 'Cloudflare',\n    alias: 'cf',\n    account: '0123456789abcdef0123456789abcdef',\n" +
		"    apiKey: '${CF_API_TOKEN}',\n    model2: \"@cf/baai/bge-small-en-v1.5\",\n    cacheEntries: true,\n    dims: 384,\n  },\n];\n" +
		"catalogSettings = { semanticSearching: { useAiAssistant: 'cf', dimensions: 384 } };\n",
	"// exported settings\naiAssistants = [ {\"type\": \"OpenAI\", \"alias\": \"gpt\", \"cf-aig-authorization\": \"Bearer ${CF_AIG_TOKEN}\", " +
		"\"headers\": {\"x-id\": [1, 2.5, -3], \"2\": 0}} ]\n/* next */\nsystemName = 'staging'\n",
	"var first = 1\nlet second = { a: [true, null, 'x'], b: \"y\" }\nconst third = `plain`;\naiAssistants = [];\n",
	"[ {\"type\": \"Cloudflare\", \"alias\": \"cf\", \"apiKey\": \"${CF_API_TOKEN}\", \"n\": 0} ]\n",
}

// The mutations: what people do to a settings text by hand, by copying from
// documentation, or by accident.
var (
	stringRe = regexp.MustCompile(`'[^'\n]*'|"[^"\n]*"|` + "`[^`\n]*`")
	valueRe  = regexp.MustCompile(`(?:^|[^.\w+-])(true|null|-?\d+(?:\.\d+)?)\b`) // a whole value, not the tail of 1.2.3 or +1
	values   = []string{"undefined", "0x1F", "0o17", "0b101", "1_000", ".5", "5.", "+1", "-0x1F", "017", "08", "1e3", "-.5e-2",
		"0x", "1__0", "1_", "0b2", "undefinedx", "True", "nul", "1.2.3", "0_1", "00", "NaN", "Infinity", "-Infinity", "08.5", "07.5"}
	inserts = []string{"${NAME}", "\\${NAME}", "$NAME", "${NAME", "${}", "${ CF_TOKEN }", "${1}", "${Math}", "\\\n", "\n",
		"\u2028", "\\\u2028", "\t", "\x01", "\\x41", "\\u{1F600}", "\\u{}", "\\'", "\\`", "“", "’"}
	between = []string{"/* c */", "// c\n", "\u00a0", "\ufeff", "\u0085", "\v", "\n", ";", ",", ",,", " = ", "/* open"}
)

func mutate(rng *rand.Rand, text string) string {
	pick := func(ss []string) string { return ss[rng.IntN(len(ss))] }
	strs := stringRe.FindAllStringIndex(text, -1)
	switch rng.IntN(9) {
	case 0, 1: // re-quote a string: curly, backtick, the other straight quote
		if len(strs) == 0 {
			return text
		}
		s := strs[rng.IntN(len(strs))]
		open, close := pick([]string{"“", "‘", "`", "'", "\"", "„"}), pick([]string{"”", "’", "`", "'", "\""})
		if rng.IntN(3) == 0 {
			close = open
		}
		return text[:s[0]] + open + text[s[0]+1:s[1]-1] + close + text[s[1]:]
	case 2, 3: // insert into a string, after making it a template half the time
		if len(strs) == 0 {
			return text
		}
		s := strs[rng.IntN(len(strs))]
		body := text[s[0]+1 : s[1]-1]
		q := text[s[0] : s[0]+1]
		if rng.IntN(2) == 0 {
			q = "`"
		}
		at := rng.IntN(len(body) + 1)
		for !utf8.RuneStart(body[min(at, len(body)-1)]) && at < len(body) {
			at++ // a rune boundary: the texts stay UTF-8
		}
		return text[:s[0]] + q + body[:at] + pick(inserts) + body[at:] + q + text[s[1]:]
	case 4: // delete one structural character
		var at []int
		for i, c := range text {
			if strings.ContainsRune("{}[]:,;='\"`", c) {
				at = append(at, i)
			}
		}
		i := at[rng.IntN(len(at))]
		return text[:i] + text[i+1:]
	case 5: // put something between tokens
		var at []int
		for i, c := range text {
			if strings.ContainsRune("{}[],;\n", c) {
				at = append(at, i+1)
			}
		}
		i := at[rng.IntN(len(at))]
		return text[:i] + pick(between) + text[i:]
	case 6: // replace a value with something JavaScript may or may not read
		vs := valueRe.FindAllStringSubmatchIndex(text, -1)
		if len(vs) == 0 {
			return text
		}
		v := vs[rng.IntN(len(vs))]
		return text[:v[2]] + pick(values) + text[v[3]:]
	case 7: // declare a setting, or declare it twice
		kw := pick([]string{"var ", "let ", "const "})
		if rng.IntN(2) == 0 {
			return kw + text
		}
		first, rest, _ := strings.Cut(text, "\n")
		for strings.HasPrefix(first, "//") {
			var more string
			more, rest, _ = strings.Cut(rest, "\n")
			first = more
		}
		return kw + first + "\n" + pick([]string{"let ", "const ", "var ", ""}) + first + "\n" + rest
	default: // unquote a key
		keys := regexp.MustCompile(`"([^"\n]+)":`).FindAllStringSubmatchIndex(text, -1)
		if len(keys) == 0 {
			return text
		}
		k := keys[rng.IntN(len(keys))]
		return text[:k[0]] + text[k[2]:k[3]] + text[k[1]-1:]
	}
}

// v8Script evaluates each text in a fresh context with no globals, as an
// application loading a setting would, and prints "" or the error.
const v8Script = `const vm = require('vm'); let s = '';
process.stdin.on('data', d => s += d).on('end', () => {
  const out = JSON.parse(s).map(t => {
    try { new vm.Script(t).runInContext(vm.createContext({}), { timeout: 2000 }); return ''; }
    catch (e) { return String(e && e.name) + ': ' + String(e && e.message); }
  });
  process.stdout.write(JSON.stringify(out));
});`

// cannotLoad is qalint's verdict: a read error, or an error that says
// Qarbine cannot load the setting.
func cannotLoad(text string) (bool, []model.Finding) {
	doc := model.NewDocument("settings.txt", []byte(text))
	findings := rules.Check(doc, rules.Options{})
	if doc.Read.Err != nil {
		return true, findings
	}
	for _, f := range findings {
		if f.Severity == model.Error && strings.Contains(f.Message, "cannot load") {
			return true, findings
		}
	}
	return false, findings
}

// TestReaderAgreesWithV8 holds the reader against V8: over seeded
// mutations of valid settings, qalint reports "cannot load" exactly when
// node cannot load the text.
func TestReaderAgreesWithV8(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed, so the reader is not held against V8 here; install Node.js to run this test")
	}
	const mutations = 1500 // bounded work: one node process evaluates them all
	rng := rand.New(rand.NewPCG(13, 2026))
	var texts []string
	for _, b := range v8Bases {
		texts = append(texts, b)
	}
	for len(texts) < mutations {
		text := mutate(rng, v8Bases[rng.IntN(len(v8Bases))])
		if rng.IntN(3) == 0 {
			text = mutate(rng, text)
		}
		texts = append(texts, text)
	}
	in, err := json.Marshal(texts)
	require.NoError(t, err)
	cmd := exec.Command(node, "-e", v8Script)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	require.NoError(t, err, "node failed")
	var verdicts []string
	require.NoError(t, json.Unmarshal(out, &verdicts))
	require.Len(t, verdicts, len(texts))
	var loads, fails, mismatches int
	for i, text := range texts {
		ours, findings := cannotLoad(text)
		v8 := verdicts[i] != ""
		if v8 {
			fails++
		} else {
			loads++
		}
		if ours == v8 {
			continue
		}
		mismatches++
		if mismatches <= 15 {
			var msgs []string
			for _, f := range findings {
				msgs = append(msgs, f.Rule+": "+f.Message)
			}
			t.Errorf("V8 says %q, qalint cannot-load=%v for:\n%s\nqalint findings: %s\n", verdicts[i], ours, text, strings.Join(msgs, "\n  "))
		}
	}
	t.Logf("%d texts: V8 loads %d, cannot load %d; %d disagreements", len(texts), loads, fails, mismatches)
	require.Greater(t, loads, len(texts)/10, "the mutations should leave many texts loadable")
	require.Greater(t, fails, len(texts)/10, "the mutations should break many texts")
}
