package lint_test

import (
	"fmt"
	"strings"

	"github.com/qalint/qalint/internal/catalog"
)

// structuredSeeds are settings the byte-level fuzzer would take long to
// reach: every entry type with base URIs cut at each segment of a gateway
// or Workers AI URL (with and without the last "/"), every gateway provider
// slug, and odd values in every field. A crash found by differential
// testing, not by fuzzing (a gateway base naming no provider and ending in
// "/"), is among them.
func structuredSeeds() [][]byte {
	cat := catalog.Default()
	const account, gateway = "0123456789abcdef0123456789abcdef", "my-gateway"
	urls := []string{
		"https://gateway.ai.cloudflare.com/v1/" + account + "/" + gateway + "/workers-ai/v1/chat/completions",
		"https://api.cloudflare.com/client/v4/accounts/" + account + "/ai/run/@cf/meta/llama-3.1-8b-instruct",
		"https://api.openai.com/v1/chat/completions?api-version=2024-01-01&key=abc",
	}
	for _, slug := range cat.ProviderSlugs() {
		urls = append(urls, "https://gateway.ai.cloudflare.com/v1/"+account+"/"+gateway+"/"+slug+"/v1")
	}
	var bases []string
	for _, u := range urls {
		for i := range len(u) {
			if u[i] == '/' || u[i] == '?' {
				bases = append(bases, u[:i], u[:i+1])
			}
		}
		bases = append(bases, u)
	}
	odd := []string{"", " ", "…", "<YOUR_API_KEY>", "Bearer ", "Bearer x", "@cf/", "@cf/meta/", "null", "%zz", "http://", "https://[::1", "\\u0000"}
	var seeds [][]byte
	entry := func(typ, base1, base2, key, model string) []byte {
		return fmt.Appendf(nil, `[{"type": %q, "alias": "a", "account": %q, "apiKey": %q, "model1": %q, "model2": %q, "baseURI1": %q, "baseURI2": %q, "cf-aig-authorization": %q}]`,
			typ, account, key, model, model, base1, base2, key)
	}
	types := append(cat.TypeNames(), "", "cloudflare", "Unknown")
	for i, b := range bases {
		typ := types[i%len(types)]
		seeds = append(seeds, entry(typ, b, bases[(i*7)%len(bases)], "sk-"+strings.Repeat("a", 40), "@cf/meta/llama-3.1-8b-instruct"))
	}
	for _, typ := range types {
		for _, v := range odd {
			seeds = append(seeds, entry(typ, v, v, v, v))
		}
	}
	return seeds
}
