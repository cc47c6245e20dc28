package catalog

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const hostileToken = "Zt9Xq2Lm7Np3Rt8Vw1Yz6Bc0Df5Gh2Jk4Ws8Ea1Q"

// tokenForms are the ways a hostile server echoes the token back.
func tokenForms(tok string) []string {
	return []string{
		tok, strings.ToUpper(tok), strings.ToLower(tok),
		base64.StdEncoding.EncodeToString([]byte(tok)),
		base64.StdEncoding.EncodeToString([]byte("Bearer " + tok)),
		tok[:12],
	}
}

func TestFetchErrorMasksEveryFormOfTheTokenAndCleansServerText(t *testing.T) {
	for _, tok := range []string{hostileToken, "sk-proj-Ab3dE5gH7jK9mN1pQ3sT5vX7zB9dF1hJ3kL5"} {
		echo := strings.Join(tokenForms(tok), " | ")
		hostile := "\x1b[31mred\x1b[0m \x1b]8;;http://evil/\x07link\x1b]8;;\x07 a\rb\nc\x00d \u202egnp.exe " + echo + " " + strings.Repeat("X", 500<<10)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusUnauthorized)
			b, _ := json.Marshal(map[string]any{"success": false, "errors": []map[string]any{{"code": 10000, "message": hostile}}})
			w.Write(b)
		}))
		_, err := FetchLive(context.Background(), FetchOptions{API: srv.URL, Account: "0123456789abcdef0123456789abcdef", Token: tok})
		srv.Close()
		require.Error(t, err)
		msg := err.Error()
		for _, form := range tokenForms(tok) {
			assert.NotContains(t, strings.ToLower(msg), strings.ToLower(form), "a form of the token shows")
		}
		assert.NotContains(t, msg, "Bearer "+tok[:8])
		assert.False(t, strings.ContainsAny(msg, "\x1b\r\n\x00\u202e\x07"), "control characters reach the terminal: %q", msg)
		assert.LessOrEqual(t, utf8.RuneCountInString(msg), maxErrorText)
		assert.Contains(t, msg, "auth")
	}
}

func TestFetchTransportErrorMasksTheToken(t *testing.T) {
	// A Location header Go cannot parse ends up in the transport error.
	loc := "http://h/\x7f" + base64.StdEncoding.EncodeToString([]byte("Bearer "+hostileToken)) + strings.ToUpper(hostileToken)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Location"] = []string{loc}
		w.WriteHeader(http.StatusFound)
	}))
	defer srv.Close()
	client := &http.Client{} // follows redirects, so parses Location
	_, err := FetchLive(context.Background(), FetchOptions{API: srv.URL, Account: "a", Token: hostileToken, Client: client})
	require.Error(t, err)
	for _, form := range tokenForms(hostileToken) {
		assert.NotContains(t, strings.ToLower(err.Error()), strings.ToLower(form))
	}
	assert.NotContains(t, err.Error(), "\x7f")
}

func TestPoisonedModelListIsCleanedOnTheWayIn(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		models := []map[string]any{
			{"name": "@cf/ok/model", "task": map[string]any{"name": "Text \x1b[2JGeneration\u202e\n"}},
			{"name": "@cf/evil/\x1b]8;;http://x/\x07m", "task": map[string]any{"name": "x"}},
			{"name": "@cf/evil/\u202em", "task": map[string]any{"name": "x"}},
			{"name": "@cf/evil/a\nb", "task": map[string]any{"name": "x"}},
		}
		b, _ := json.Marshal(map[string]any{"success": true, "result": models, "result_info": map[string]any{"total_pages": 1}})
		w.Write(b)
	}))
	defer srv.Close()
	live, err := FetchLive(context.Background(), FetchOptions{API: srv.URL, Account: "a", Token: hostileToken})
	require.NoError(t, err)
	require.Len(t, live.Models, 1)
	assert.Equal(t, "@cf/ok/model", live.Models[0].ID)
	assert.Equal(t, "text-generation", live.Models[0].Task)

	// A cache written by an older qalint, or by hand, is cleaned on load.
	path := filepath.Join(t.TempDir(), "live.json")
	poisoned := &Live{API: "http://x/\x1b[2J", Models: []LiveModel{{ID: "@cf/a/\x1b[31mb", Task: "t"}, {ID: "@cf/ok/m", Task: "a\x1b[2Jb"}}}
	poisoned.FetchedAt = live.FetchedAt
	require.NoError(t, poisoned.Save(path))
	got, err := LoadLive(path)
	require.NoError(t, err)
	require.Len(t, got.Models, 1)
	assert.Equal(t, "ab", got.Models[0].Task)
	assert.NotContains(t, got.API, "\x1b")
	assert.Equal(t, fmt.Sprint(0), fmt.Sprint(strings.Count(got.API, "\x1b")))
}

// An answer no page of Cloudflare's is (too large, or more models than
// asked for) caches nothing, and says why; a redirect names its target
// (an outside tester's 12.7 MB page of 200,000 models was cached).
func TestFetchRefusesAnswersNoPageIs(t *testing.T) {
	models := func(n int) []map[string]any {
		out := make([]map[string]any, n)
		for i := range out {
			out[i] = map[string]any{"name": fmt.Sprintf("@cf/x/m-%d", i), "task": map[string]any{"name": "Text Generation"}}
		}
		return out
	}
	for name, tc := range map[string]struct {
		handler func(w http.ResponseWriter)
		want    string
	}{
		"too many models": {func(w http.ResponseWriter) {
			b, _ := json.Marshal(map[string]any{"success": true, "result": models(101), "result_info": map[string]any{"page": 1, "per_page": 100, "total_count": 101}})
			w.Write(b)
		}, "lists 101 models where 100 were asked for"},
		"too large": {func(w http.ResponseWriter) {
			fmt.Fprint(w, `{"success": true, "result": [`+strings.Repeat(" ", 5<<20)+`]}`)
		}, "the answer is over 4 MiB"},
		"a redirect": {func(w http.ResponseWriter) {
			w.Header().Set("Location", "https://elsewhere.example/models")
			w.WriteHeader(http.StatusFound)
		}, "redirect to https://elsewhere.example/models not followed"},
	} {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { tc.handler(w) }))
			defer srv.Close()
			_, err := FetchLive(context.Background(), FetchOptions{API: srv.URL, Account: "0123456789abcdef0123456789abcdef", Token: hostileToken})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// Errors say what happened in words, not Go's: a wrong shape, a timeout
// (outside tester: "cannot unmarshal object into Go struct field …",
// "context deadline exceeded").
func TestFetchErrorsSayWhatHappened(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"success": true, "result": {"not": "a list"}}`)
	}))
	defer srv.Close()
	_, err := FetchLive(context.Background(), FetchOptions{API: srv.URL, Account: "0123456789abcdef0123456789abcdef", Token: hostileToken})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "its result is not what Cloudflare sends")
	assert.NotContains(t, err.Error(), "catalog.")

	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer slow.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err = FetchLive(ctx, FetchOptions{API: slow.URL, Account: "0123456789abcdef0123456789abcdef", Token: hostileToken})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no answer before the --timeout passed")
}
