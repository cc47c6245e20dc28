package secret

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestMask(t *testing.T) {
	assert.Equal(t, "Qx7v…(32 chars)", Mask("Qx7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA"))
	assert.Equal(t, "…(9 chars)", Mask("sk-abc123"), "short values show nothing")
	assert.Equal(t, "Bearer Zt5K…(32 chars)", Mask("Bearer Zt5Kq9Wm3Xc7Vb1Nh6Jd4Lf8Gs2Pa0Ry"))
	assert.Equal(t, "${CF_API_TOKEN}", Mask("${CF_API_TOKEN}"))
}

func TestMaskLineKeepsColumnsAndHidesValues(t *testing.T) {
	for _, tc := range []struct{ in, hidden string }{
		{`    "apiKey": "Qx7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA",`, "N2mK9pL4rT8wY3zB6cF1hJ5dG0sA"},
		{`  apiKey: 'Qx7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA', model1: 'x'`, "N2mK9pL4rT8wY3zB6cF1hJ5dG0sA"},
		{`"apiKey" : “Qx7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA”`, "N2mK9pL4rT8wY3zB6cF1hJ5dG0sA"},
		{`"headers": { "cf-aig-authorization": "Bearer Zt5Kq9Wm3Xc7Vb1Nh6Jd4Lf8Gs2Pa0Ry" }`, "q9Wm3Xc7Vb1Nh6Jd4Lf8Gs2Pa0Ry"},
		{`"token": "abc"`, `"abc"`},
	} {
		out := MaskLine(tc.in)
		assert.NotContains(t, out, tc.hidden, tc.in)
		assert.Equal(t, utf8.RuneCountInString(tc.in), utf8.RuneCountInString(out), "same width: %s", tc.in)
	}
	keep := `"apiKey": "${CF_API_TOKEN}", "cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}"`
	assert.Equal(t, keep, MaskLine(keep))
	// A reference is kept also before an escaped line break (fix's quoting
	// of a template literal that ended in one: its patch was refused).
	for _, keep := range []string{`"cf-aig-authorization": "Bearer ${CF_AIG_TOKEN}\n\`, "\"cf-aig-authorization\": `Bearer ${CF_AIG_TOKEN}"} {
		assert.Equal(t, keep, MaskLine(keep))
	}
	assert.NotContains(t, MaskLine(`"cf-aig-authorization": "Bearer Zt5Kq9Wm3Xc7Vb1Nh6Jd4Lf8Gs2Pa0Ry\n\`), "q9Wm3Xc7")
}

func TestCredentialsInURLs(t *testing.T) {
	line := `"baseURI1": "https://admin:Pw9xK2mQ7vL4nR8t@proxy.corp.net/v1/gw?api_key=Ak3Lm8Np2Qr7St1Uv6Wx&cache=1"`
	out := MaskLine(line)
	assert.NotContains(t, out, "Pw9xK2mQ7vL4nR8t")
	assert.NotContains(t, out, "Ak3Lm8Np2Qr7St1Uv6Wx")
	assert.Contains(t, out, "cache=1")
	assert.Equal(t, utf8.RuneCountInString(line), utf8.RuneCountInString(out))
	assert.Empty(t, InURLs("https://proxy.corp.net/v1/gw?key=${GW_KEY}"), "references are not secrets")
}

func TestFindRecognisesCredentialsByShape(t *testing.T) {
	for _, tc := range []struct{ text, secret string }{
		{`model1 "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8t" is unknown`, "Ab3dEf6hIj9kLm2nOp5qRs8t"},
		{`sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2 in account`, "api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2"},
		{`aws AKIAIOSFODNN7QXZWPLM here`, "IOSFODNN7QXZWPLM"},
		{`hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345`, "AbCdEfGhIjKlMnOpQrStUvWxYz012345"},
		{`key=AIzaSyD4x9Kq2Lm7Np3Rt8Vw1Yz6Bc0Df5Gh2Jk`, "SyD4x9Kq2Lm7Np3Rt8Vw1Yz6Bc0Df5Gh2Jk"},
		{`Authorization: Bearer abcdefghijklmnop`, "abcdefghijklmnop"},
		{`https://admin:hunter22@proxy.corp.net/v1`, "admin:hunter22"},
		{`gateway id Vd3pR8sT1uW6xY0zA4bC9eF2gH7jK5mN`, "Vd3pR8sT1uW6xY0zA4bC9eF2gH7jK5mN"},
		{`cloudflare token 9yQ4lY7aIB-t0kZg2WnD8vPq_Hs1xJcE3mRf6uLo`, "9yQ4lY7aIB-t0kZg2WnD8vPq_Hs1xJcE3mRf6uLo"},
		{`lower-case token a8f3k2m9x7q1w5e4r6t0y2u8i3o7p1l5k9j3h6g2`, "a8f3k2m9x7q1w5e4r6t0y2u8i3o7p1l5k9j3h6g2"},
	} {
		out := (*Set)(nil).Mask(tc.text)
		assert.NotContains(t, out, tc.secret, tc.text)
		assert.NotContains(t, out, tc.secret[len(tc.secret)-8:], tc.text)
	}
	for _, keep := range []string{
		`"@cf/meta/llama-3.1-8b-instruct-fast" is deprecated`,
		`https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway/openai`,
		`text-embedding-3-small and claude-3-5-sonnet-20241022 and gpt-4o-mini-2024-07-18`,
		`account "0123456789abcdef0123456789abcdef" is not 32 hex`,
		`cf-aig-authorization has a colon after Bearer; write "Bearer <token>"`,
		`apiKey holds the token placeholder, and Bearer followed by nothing`,
		// model ids of the providers Qarbine lists: mixed case and digits, but words
		"meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", "mistralai/Mixtral-8x7B-Instruct-v0.1", "Qwen/Qwen2.5-72B-Instruct-Turbo",
		"NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO", "togethercomputer/m2-bert-80M-8k-retrieval",
		"deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "Meta-Llama-3-70B-Instruct-Turbo", "my-gateway-prod-2024-production-01",
		"anthropic.claude-3-5-sonnet-20241022-v2:0", "Snowflake/snowflake-arctic-embed-l-v2.0",
	} {
		assert.Equal(t, keep, (*Set)(nil).Mask(keep))
	}
}

func TestSetMasksEveryFormOfAKnownValue(t *testing.T) {
	const token = "Tk9vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA"
	s := &Set{}
	s.Add("Bearer " + token)
	s.Add("pw7!x") // short: masked whole
	for _, echo := range []string{
		token, strings.ToUpper(token), strings.ToLower(token),
		token[5:20],                    // a piece of 8+ characters
		url.QueryEscape(token + "/+="), // URL-encoded
		base64.StdEncoding.EncodeToString([]byte(token)), // base64
		base64.StdEncoding.EncodeToString([]byte("user:" + token)),
		base64.URLEncoding.EncodeToString([]byte("ab" + token)),
	} {
		out := s.Mask("the server said: " + echo + " (denied)")
		assert.NotContains(t, out, echo[2:len(echo)-2], echo)
		assert.Contains(t, out, "(denied)")
	}
	assert.Equal(t, "token …(5 chars) refused", s.Mask("token PW7!X refused"))
	assert.Equal(t, "k=…(5 chars)&pw7!xyz", s.Mask("k=pw7!x&pw7!xyz"), "a short value is masked where it stands alone")

	// A short value inside a longer word is that word, not the value: the
	// messages of a key "pass" still say "password".
	short := &Set{}
	short.Add("pass")
	assert.Equal(t, `apiKey …(4 chars) is a password placeholder; "…(4 chars)"`, short.Mask(`apiKey pass is a password placeholder; "PASS"`))
	line := `  "note": "` + token + `"`
	assert.Equal(t, utf8.RuneCountInString(line), utf8.RuneCountInString(s.MaskInPlace(line)))
	assert.NotContains(t, s.MaskInPlace(line), token[4:])
}

func TestMaskFirstThenCut(t *testing.T) {
	const token = "Tk9vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA"
	s := &Set{}
	s.Add(token)
	msg := strings.Repeat("x", 110) + " " + token + " more"
	cut := s.Mask(msg)[:120]
	assert.NotContains(t, cut, token[4:12])
}

func TestShownValuesStayReadable(t *testing.T) {
	for _, v := range []string{"", "Bearer:", "Bearer ", "bearer", "null", "12345", "sk-******", "${CF_TOKEN}", "${CF_TOKEN",
		"<your token>", "{token}", "xxxxxxxx", "YOUR_API_KEY", "API_KEY", "Bearer ${CF_AIG_TOKEN}"} {
		assert.True(t, Shown(v), "%q", v)
	}
	for _, v := range []string{"abc", "hunter22", "Qx7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA", "Bearer: Qx7vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA", "123456789012"} {
		assert.False(t, Shown(v), "%q", v)
	}
	for _, line := range []string{
		`"cf-aig-authorization": "Bearer:",`, `"cf-aig-authorization": "Bearer ",`, `"apiKey": null,`,
		`"apiKey": "12345",`, `"apiKey": "sk-******",`, `"apiKey": "${CF_API_TOKEN",`,
	} {
		assert.Equal(t, line, MaskLine(line))
	}
	out := MaskLine(`"cf-aig-authorization": "Bearer: Zt5Kq9Wm3Xc7Vb1Nh6Jd4Lf8Gs2Pa0Ry"`)
	assert.Contains(t, out, `"Bearer: Zt5K••`)
	assert.NotContains(t, out, "q9Wm3Xc7")
}

func TestVendor(t *testing.T) {
	assert.Equal(t, "openai", Vendor("sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8t"))
	assert.Equal(t, "anthropic", Vendor("sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2"))
	assert.Equal(t, "huggingface", Vendor("Bearer hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345"))
	assert.Equal(t, "", Vendor("Tk9vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA"))
}

// FuzzMask: masking never panics, keeps valid text valid, keeps a line's
// width in place, and hides a known value wherever it shows.
func FuzzMask(f *testing.F) {
	for _, s := range []string{"Bearer Tk9vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA", "https://a:b@c/d?key=Ak3Lm8Np2Qr7St1Uv6Wx", "“é”sk-ant-xxxxxxxxxxxx", ""} {
		f.Add(s, "Tk9vN2mK9pL4rT8wY3zB6cF1hJ5dG0sA")
	}
	f.Fuzz(func(t *testing.T, text, value string) {
		s := &Set{}
		s.Add(value)
		out := s.Mask(text)
		if utf8.ValidString(text) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", text)
		}
		if utf8.ValidString(text) && utf8.RuneCountInString(s.MaskInPlace(text)) != utf8.RuneCountInString(text) {
			t.Fatalf("width changed for %q", text)
		}
		v := strings.TrimSpace(value)
		if len(v) >= 16 && !Shown(v) && !strings.ContainsAny(v, " \t") && strings.Contains(text, v) && strings.Contains(out, v) {
			t.Fatalf("%q still shows %q", out, v)
		}
	})
}

// TestIsSecretKeyShortcutAgrees: the keys IsSecretKey answers without
// searching get the search's answer.
func TestIsSecretKeyShortcutAgrees(t *testing.T) {
	for _, key := range []string{"type", "alias", "account", "model1", "model2", "baseURI1", "baseURI2", "headers", "apiKey"} {
		if IsSecretKey(key) != hasSecretWordIn(key) {
			t.Errorf("%s: the shortcut says %v", key, IsSecretKey(key))
		}
	}
}

// TestShapeOfTriesShapesInOrder: looking shapes up by their prefixes'
// first byte finds what trying every shape in order finds.
func TestShapeOfTriesShapesInOrder(t *testing.T) {
	every := func(run string) (int, string, bool) {
		for _, sh := range tokenShapes {
			for _, p := range sh.prefixes {
				if strings.HasPrefix(run, p) {
					if loc := sh.re.get().FindStringIndex(run); loc != nil {
						return loc[1], sh.vendor, true
					}
					break
				}
			}
		}
		return 0, "", false
	}
	for _, run := range []string{"", "sk-ant-abcdefgh12345678", "sk-or-abcdefgh1234", "sk-proj-abcdefgh1234", "sk-abcdefghijklmnop1234",
		"sk-ant-x", "hf_abcdefghijklmnop12", "AIzaSyA1234567890abcdefghijklmnopqrstu", "AKIAABCDEFGHIJKLMNOP", "ASIA1234567890ABCDEF",
		"gsk_abcdefghijkl12", "ghp_abcdefghijkl12", "github_pat_abcdefghijkl", "glpat-abcdefghijkl", "xoxb-abcdefghijkl", "xai-abcdefghijkl",
		"gateway-workers-ai-1", "workers-ai", "sk-", "A", "pplx-abcdefghijkl", "r8_abcdefghijkl"} {
		n, v, ok := shapeOf(run)
		wn, wv, wok := every(run)
		if n != wn || v != wv || ok != wok {
			t.Errorf("%q: %d %q %v, want %d %q %v", run, n, v, ok, wn, wv, wok)
		}
	}
}
