package catalog

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pager serves n models, size a page whatever is asked, with the
// result_info fields info picks.
func pager(t *testing.T, n, size int, info func(page, total int) string) (*httptest.Server, *int) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		items := ""
		for i := (page - 1) * size; i < min(page*size, n); i++ {
			if items != "" {
				items += ","
			}
			items += fmt.Sprintf(`{"name":"@cf/acme/m%d","task":{"name":"Text Generation"}}`, i)
		}
		fmt.Fprintf(w, `{"success":true,"errors":[],"result":[%s],"result_info":{%s}}`, items, info(page, n))
	}))
	t.Cleanup(srv.Close)
	return srv, &calls
}

func TestFetchFollowsPagesHoweverTheServerCountsThem(t *testing.T) {
	for _, tc := range []struct {
		name string
		info func(page, total int) string
		max  int
	}{
		{"total_pages", func(p, n int) string { return fmt.Sprintf(`"page":%d,"per_page":3,"total_pages":%d`, p, (n+2)/3) }, 0},
		{"total_count only, smaller pages than asked", func(p, n int) string { return fmt.Sprintf(`"page":%d,"total_count":%d`, p, n) }, 0},
		{"per_page only: a short page ends it", func(p, n int) string { return fmt.Sprintf(`"page":%d,"per_page":3`, p) }, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, calls := pager(t, 7, 3, tc.info)
			l, err := FetchLive(context.Background(), FetchOptions{API: srv.URL, Account: "a", Token: "t"})
			require.NoError(t, err)
			assert.Len(t, l.Models, 7)
			assert.Equal(t, 3, *calls)
		})
	}
	srv, _ := pager(t, 1000, 3, func(p, n int) string { return `"per_page":3` })
	_, err := FetchLive(context.Background(), FetchOptions{API: srv.URL, Account: "a", Token: "t", MaxPages: 5})
	assert.ErrorContains(t, err, "more than 5 pages")
}
