package probetest

import (
	"net/http"
	"strconv"
)

// SearchModels is the fake account's live model list, as
// GET /accounts/{id}/ai/models/search answers it: a model the embedded
// snapshot lacks, one with a planned deprecation date, and an embedding
// model whose dimensions are a string, as Cloudflare writes them.
var SearchModels = []map[string]any{
	searchModel("@cf/meta/llama-3.1-8b-instruct-fast", "Text Generation"),
	searchModel("@cf/baai/bge-small-en-v1.5", "Text Embeddings", "output_dimensions", "384"),
	searchModel("@cf/zai-org/glm-5.3", "Text Generation", "context_window", 131072),
	searchModel("@cf/zai-org/glm-4.7-flash", "Text Generation", "planned_deprecation_date", "2099-12-31"),
	searchModel("@cf/acme/brand-new-llm", "Text Generation"),
}

func searchModel(name, task string, props ...any) map[string]any {
	ps := []map[string]any{}
	for i := 0; i+1 < len(props); i += 2 {
		ps = append(ps, map[string]any{"property_id": props[i], "value": props[i+1]})
	}
	return map[string]any{"id": "uuid-" + name, "name": name, "description": "", "task": map[string]any{"id": "t", "name": task}, "properties": ps}
}

// FailSearch makes the model search fail from now on: 429 answers a rate
// limit; 0 restores it.
func (f *Fake) FailSearch(status int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.searchStatus = status
}

// search answers the model search, at most 2 items a page whatever is
// asked, so that every client must follow the pages.
func (f *Fake) search(w http.ResponseWriter, r *http.Request, account string) {
	f.mu.Lock()
	f.hits["models/search"]++
	forced := f.searchStatus
	f.mu.Unlock()
	if r.Header.Get("Authorization") != "Bearer "+Token {
		envelope(w, 401, nil, [2]any{10000, "Authentication error"})
		return
	}
	if account != Account {
		envelope(w, 404, nil, [2]any{7003, "Could not route to /accounts/" + account + "/ai/models/search, perhaps your object identifier is invalid?"})
		return
	}
	if forced == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "60")
		envelope(w, 429, nil, [2]any{971, "Please wait and consider throttling your request speed"})
		return
	}
	perPage, _ := strconv.Atoi(r.URL.Query().Get("per_page"))
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	if perPage <= 0 || perPage > 2 {
		perPage = 2 // the fake pages small whatever is asked
	}
	page = max(page, 1)
	from, to := min((page-1)*perPage, len(SearchModels)), min(page*perPage, len(SearchModels))
	pages := (len(SearchModels) + perPage - 1) / perPage
	w.Header().Set("Content-Type", "application/json")
	writeJSON(w, map[string]any{
		"result": SearchModels[from:to], "success": true, "errors": []any{}, "messages": []any{},
		"result_info": map[string]any{"page": page, "per_page": perPage, "count": to - from, "total_count": len(SearchModels), "total_pages": pages},
	})
}
