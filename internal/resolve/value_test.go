package resolve

import (
	"strings"
	"testing"
)

// TestCannotBePlaceholderIsSound: wherever the shortcut rules a value out,
// the full test finds no stand-in either. The values mix every stand-in
// shape with ordinary ones, at lengths around each bound the shortcut uses.
func TestCannotBePlaceholderIsSound(t *testing.T) {
	seeds := []string{
		"xxx", "XXXXXXXXXXXXXX", "zzzzzzzzzzzz", "sk-******", "••••••••••••", "abc***def-long-value", "key•••value-long",
		"sk-proj-xxxxxxxxxxxx", "hf_xxxxxxxxxxxxx", "AIzaxxxxxxxxxxxx", "<your-token-here>", "{account-id-here}",
		"ACCOUNT_ID", "GATEWAY-ID", "your-api-key-here", "YOUR_ACCOUNT_ID_X", "1234567890abc", "x1234567890",
		"00000000000000", "placeholder", "PLACEHOLDER", "changeme-later", "…", "...", "Todo", "example",
		"Cloudflare", "OpenAI", "workers-ai-0", "gateway-workers-ai-1", "0123456789abcdef0123456789abcdef",
		"@cf/meta/llama-3.1-8b-instruct-fast", "https://gateway.ai.cloudflare.com/v1/0123/my-ai-gateway/workers-ai",
		"my-gateway-1", "abcdefghijk1", "abcdefghijklmnopqrstuv1", "\x0eabcdefghijkl", "\xc2abcdefghijkl", "Kelvin\u212a-long-value",
		"sk-\xe2\xe3\xe4", "hf_\ufffd\ufffd\ufffd", "hf_aaaa", "XxXxX", "F\u0130XME", "\u212aodo", "cloudflare", "com", "tbdx", "Yourkey", "<a>", "{b}", "0000000000", "gsk_zzzzzzzzzzzzzzzz",
	}
	var values []string
	for _, s := range seeds {
		values = append(values, s)
		for _, pre := range []string{"a", "1", "0", "x", "y", "<", "{", ".", "\u2026", "K"} {
			values = append(values, pre+s, s+pre)
		}
		for n := 1; n < len(s); n++ {
			values = append(values, s[:n], s[n:], strings.Repeat(s[:n], 3))
		}
	}
	for c := 0; c < 256; c++ {
		values = append(values, string([]byte{byte(c)})+"bcdefghijkl", string([]byte{byte(c)})+"bcdefghijklmnopqrstuvwx1")
	}
	for _, s := range values {
		s = strings.TrimSpace(s)
		if s == "" || !cannotBePlaceholder(s) {
			continue
		}
		if what, ok := anyPlaceholderKind(s); ok {
			t.Errorf("%q: ruled out, but it is %s", s, what)
		}
	}
}

// TestIndexIsStringsIndex: index finds what strings.Index finds.
func TestIndexIsStringsIndex(t *testing.T) {
	for _, s := range []string{"", "/v1/chat/completions", "/{model}", "{model}", "/{mod{model}", "{{model}}", "/a/{account}/b/{model}", "{model", "x{modex{model}"} {
		for _, old := range []string{"{model}", "{account}", "/", "m"} {
			if got, want := index(s, old), strings.Index(s, old); got != want {
				t.Errorf("index(%q, %q) = %d, want %d", s, old, got, want)
			}
		}
	}
}

// TestStandInWords: each stand-in word, in any case, is one; a word that
// only starts like one is not.
func TestStandInWords(t *testing.T) {
	for _, s := range []string{"todo", "TODO", "Tbd", "FixMe", "changeme", "CHANGE-ME", "change_me", "ReplaceMe", "replace-me",
		"replace_me", "placeholder", "Dummy", "EXAMPLE", "redacted", "...", "…", " todo "} {
		if what, ok := PlaceholderKind(s); !ok || what != "a stand-in word" {
			t.Errorf("%q: %q, %v; want a stand-in word", s, what, ok)
		}
	}
	for _, s := range []string{"Cloudflare", "todos", "examples", "changed", "..", "….", "redact", "dumm"} {
		if what, ok := PlaceholderKind(s); ok {
			t.Errorf("%q: %s", s, what)
		}
	}
}
