package secret

import (
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
