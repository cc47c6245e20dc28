// Package bench generates the corpora qalint's benchmarks and the peer
// comparison (bench/compare.sh) run on: strict JSON, so that schema-only
// validators can read the same files.
package bench

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Entry returns one realistic, clean entry; i varies the alias and kind.
func Entry(i int) string {
	if i%2 == 0 {
		return fmt.Sprintf(`  {
    "type": "Cloudflare",
    "alias": "workers-ai-%d",
    "account": "0123456789abcdef0123456789abcdef",
    "apiKey": "${CF_API_TOKEN}",
    "model1": "@cf/meta/llama-3.1-8b-instruct-fast",
    "model2": "@cf/baai/bge-small-en-v1.5",
    "cacheEntries": true
  }`, i)
	}
	return fmt.Sprintf(`  {
    "type": "OpenAI",
    "alias": "gateway-workers-ai-%d",
    "apiKey": "${CF_API_TOKEN}",
    "model1": "@cf/openai/gpt-oss-120b",
    "model2": "@cf/baai/bge-base-en-v1.5",
    "baseURI1": "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-ai-gateway/workers-ai",
    "headers": { "cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}" }
  }`, i)
}

// File returns a typical settings file of n entries, as strict JSON.
func File(n int) []byte {
	entries := make([]string, n)
	for i := range entries {
		entries[i] = Entry(i)
	}
	return []byte("[\n" + strings.Join(entries, ",\n") + "\n]\n")
}

// Tolerant returns the same content written with every tolerance the reader
// accepts: the setting wrapper, comments, unquoted keys, single and backtick
// quotes, curly quotes, trailing commas, a BOM and CRLF line ends.
func Tolerant(n int) []byte {
	var b strings.Builder
	b.WriteString("\uFEFF// exported from Qarbine\r\naiAssistants = [\r\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  /* entry %d */ {\r\n    type: 'Cloudflare', alias: `cf-%d`,\r\n"+
			"    account: “0123456789abcdef0123456789abcdef”,\r\n    apiKey: '${CF_API_TOKEN}', // a reference\r\n"+
			"    model1: \"@cf/meta/llama-3.1-8b-instruct-fast\", model2: ‘@cf/baai/bge-small-en-v1.5’,\r\n  },\r\n", i, i)
	}
	b.WriteString("];\r\n")
	return []byte(b.String())
}

// WriteCorpus writes files settings files of 3 entries each under dir.
func WriteCorpus(dir string, files int) error { return writeCorpus(dir, files, File(3), ".json") }

// WriteTolerantCorpus writes files Tolerant(3) settings files under dir: what
// fix has work to do on.
func WriteTolerantCorpus(dir string, files int) error {
	return writeCorpus(dir, files, Tolerant(3), ".json5")
}

func writeCorpus(dir string, files int, src []byte, ext string) error {
	for i := 0; i < files; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("team-%02d", i%50))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("ai-assistants-%04d%s", i, ext)), src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// HugeValues are settings holding one value of n bytes in each place a rule
// quotes, suggests for, masks or parses it: checking each must take time in
// proportion to n and report a few hundred bytes per finding.
func HugeValues(n int) map[string][]byte {
	x := strings.Repeat("x", n)
	const cf = `"type":"Cloudflare","alias":"a","account":"0123456789abcdef0123456789abcdef"`
	return map[string][]byte{
		"alias":           []byte(`[{"type":"Cloudflare","alias":"` + x + `"}]`),
		"unknown-model":   []byte(`[{` + cf + `,"apiKey":"${K}","model1":"` + x + `"}]`),
		"literal-key":     []byte(`[{` + cf + `,"apiKey":"` + x + `"}]`),
		"placeholder":     []byte(`[{` + cf + `,"apiKey":"<` + x + `>"}]`),
		"gateway-path":    []byte(`[{"type":"OpenAI","alias":"a","apiKey":"${K}","baseURI1":"https://gateway.ai.cloudflare.com/v1/` + x + `"}]`),
		"unknown-type":    []byte(`[{"type":"` + x + `","alias":"a"}]`),
		"unknown-field":   []byte(`[{` + cf + `,"apiKey":"${K}","` + x + `":1}]`),
		"secret-in-a-url": []byte(`[{"type":"OpenAI","alias":"a","apiKey":"${K}","baseURI1":"https://h.example/?api_key=` + x + `"}]`),
	}
}
