package probe

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/qalint/qalint/internal/untrusted"
)

// Run sends the planned requests concurrently and returns one result per
// request, ordered by file, entry and kind. progress, when set, is called
// after each probe with the number done.
func Run(ctx context.Context, reqs []*Request, opts Options, progress func(done, total int)) []Result {
	opts.defaults()
	interrupt := ctx // cancelled by the caller on SIGINT/SIGTERM; the deadline is ours
	if opts.Deadline > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Deadline)
		defer cancel()
	}
	client := newClient(opts)
	results := make([]Result, len(reqs))
	sem := make(chan struct{}, opts.Concurrency)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i, req := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
				defer func() { <-sem }()
				results[i] = one(ctx, client, req, opts)
			case <-interrupt.Done():
				results[i] = one(interrupt, client, req, opts) // reports it interrupted, sends nothing
			}
			if interrupt.Err() != nil && results[i].Status != Skipped && results[i].Status != Refused && results[i].Status != Interrupted &&
				(results[i].HTTPStatus == 0 || results[i].Status == Timeout) {
				results[i].Status, results[i].Message = Interrupted, "interrupted before an answer came"
				results[i].HTTPStatus = 0
			}
			if progress != nil {
				mu.Lock()
				done++
				progress(done, len(reqs))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	Sort(results)
	return results
}

// newClient never forwards credentials to another host: Go's client would
// drop Authorization on a cross-host redirect but keep custom headers such as
// cf-aig-authorization and x-api-key, so redirects are not followed.
func newClient(opts Options) *http.Client {
	dial := opts.dial
	if dial == nil {
		dial = (&net.Dialer{Timeout: dialTimeout}).DialContext
	}
	return &http.Client{
		Transport: &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			DialContext:         dial,
			TLSClientConfig:     opts.tlsConfig,
			TLSHandshakeTimeout: opts.handshakeTimeout(),
			MaxIdleConnsPerHost: 4,
			ForceAttemptHTTP2:   true,
		},
		// No redirect is followed, on the same host neither: where a
		// request's credentials may go is judged on the URL the settings
		// name (its provider, its account, its gateway), and a redirect
		// would skip that judgement (an outside tester's gateway sent an
		// OpenAI key on to another account's gateway by a 307 on the same
		// host). A 301 or 302 would also turn the POST into a GET.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// dialTimeout and tlsHandshakeTimeout bound connecting and the TLS
// handshake, whatever --timeout says; a timeout there is named as such.
const (
	dialTimeout         = 5 * time.Second
	tlsHandshakeTimeout = 5 * time.Second
)

func (o Options) handshakeTimeout() time.Duration {
	if o.handshake > 0 {
		return o.handshake
	}
	return tlsHandshakeTimeout
}

// one sends one request. Its result is named so that the deferred masking
// and latency apply to what is returned.
func one(ctx context.Context, client *http.Client, req *Request, opts Options) (res Result) {
	res = Result{File: req.File, Alias: req.mask(untrusted.Clean(req.Alias)), Kind: req.Kind, URL: req.mask(req.URL), entry: req.entry}
	start := time.Now()
	defer func() {
		if res.Status != Skipped && res.Status != Refused {
			res.LatencyMs = time.Since(start).Milliseconds()
		}
		res.Message = shownMessage(req, res.Message)
	}()
	switch {
	case req.Skip != "":
		res.Status, res.Message = Skipped, req.Skip
		return res
	case req.Refuse != "":
		res.Status, res.Message = Refused, req.Refuse
		return res
	}
	var waited time.Duration // on Retry-After, over all attempts
	for attempt := 0; ; attempt++ {
		switch ctx.Err() {
		case nil:
		case context.DeadlineExceeded:
			res.Status, res.Message = Timeout, "not sent: the --deadline passed"
			return res
		default:
			res.Status, res.Message = Interrupted, "not sent: the run was interrupted"
			return res
		}
		status, body, header, err := send(ctx, client, req, opts)
		if err != nil {
			res.Status, res.Message = transportError(err, opts)
			if res.Status == Timeout && errors.Is(ctx.Err(), context.DeadlineExceeded) {
				res.Message = "no answer before the --deadline passed" // not --timeout: the run's deadline cut it short
			}
			return res
		}
		// judged is the answer classified, with a note on how it ended.
		judged := func(body []byte, note string) Result {
			res.Status, res.Message = classify(req, status, body, header)
			res.Message += note
			return res
		}
		if int64(len(body)) > opts.MaxBody {
			res.HTTPStatus = status
			if status < 200 || status >= 300 {
				// The status says what went wrong (an outside tester's 401
				// with an endless body read as bad-response).
				return judged(nil, fmt.Sprintf(" (the body is over %s, the most qalint reads: only the status was judged)", sizeText(opts.MaxBody)))
			}
			res.Status, res.Message = BadResponse, fmt.Sprintf("HTTP %d but the body is over %s, the most qalint reads; it was not judged", status, sizeText(opts.MaxBody))
			return res
		}
		res.HTTPStatus = status
		if status == http.StatusTooManyRequests && attempt < opts.MaxRetries {
			wait := retryAfter(header.Get("Retry-After"))
			if why := waitRefusal(ctx, wait, waited, opts); why != "" {
				return judged(body, " ("+why+"; not retried)")
			}
			if opts.sleep(ctx, wait) {
				waited += wait
				continue
			}
			if !errors.Is(ctx.Err(), context.DeadlineExceeded) {
				// Interrupted (SIGINT) while waiting: the 429 is the answer
				// (it read as "interrupted before an answer came").
				return judged(body, " (the run was interrupted while waiting to retry)")
			}
			res.Status, res.Message = Timeout, "the --deadline passed while waiting to retry after 429"
			return res
		}
		res.Status, res.Message = classify(req, status, body, header)
		if res.Status == OK && req.Kind == Embedding {
			res.Dimensions = dimensions(body)
		}
		if status == http.StatusTooManyRequests && attempt > 0 {
			res.Message += fmt.Sprintf(" (after %d retries)", attempt)
		}
		return res
	}
}

func send(ctx context.Context, client *http.Client, req *Request, opts Options) (int, []byte, http.Header, error) {
	rctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(rctx, req.Method, req.URL, bytes.NewReader(req.Body))
	if err != nil {
		return 0, nil, nil, err
	}
	hr.Header = req.Header.Clone()
	hr.Header.Set("User-Agent", "qalint-probe")
	resp, err := client.Do(hr)
	if err != nil {
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, opts.MaxBody+1)) // one byte more says it was cut
	if err != nil {
		return 0, nil, nil, err
	}
	return resp.StatusCode, body, resp.Header, nil
}

// MaxRetryAfter is the longest Retry-After a probe waits for.
const MaxRetryAfter = 30 * time.Second

// waitRefusal says why a server's Retry-After is not waited for: over
// MaxRetryAfter, past the time the retries may take in all (--timeout ×
// retries, less what was waited already), or past the --deadline. A
// hostile or broken server cannot park the run.
func waitRefusal(ctx context.Context, wait, waited time.Duration, opts Options) string {
	shown := wait.Round(time.Second) // (an HTTP date gave "639036h1m35.656025278s")
	if wait >= unreadableRetryAfter {
		return "Retry-After is too long to wait for"
	}
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
		return fmt.Sprintf("Retry-After %s is past the deadline", shown)
	}
	switch budget := opts.Timeout * time.Duration(opts.MaxRetries); {
	case wait > MaxRetryAfter:
		return fmt.Sprintf("Retry-After %s is over the %s qalint waits at most", shown, MaxRetryAfter)
	case waited+wait > budget && waited > 0:
		return fmt.Sprintf("Retry-After %s, after %s waited already, is over --timeout × retries (%s)", shown, waited.Round(time.Second), budget)
	case wait > budget:
		return fmt.Sprintf("Retry-After %s is over --timeout × retries (%s)", shown, budget)
	}
	return ""
}

// unreadableRetryAfter stands for a Retry-After of more seconds than a
// duration holds.
const unreadableRetryAfter = time.Duration(math.MaxInt64)

// sleep waits d unless ctx ends first; it reports whether it waited.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// retryAfter reads seconds or an HTTP date; without one it waits a second.
func retryAfter(v string) time.Duration {
	if v == "" {
		return time.Second
	}
	v = strings.TrimSpace(v)
	if s, err := strconv.ParseInt(v, 10, 64); err == nil && s >= 0 {
		if s > int64(unreadableRetryAfter/time.Second) {
			return unreadableRetryAfter
		}
		return time.Duration(s) * time.Second
	} else if errors.Is(err, strconv.ErrRange) && v[0] != '-' {
		return unreadableRetryAfter // 99999999999999999999999 seconds
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(0, time.Until(t))
	}
	return time.Second
}

// transportError names what went wrong below HTTP.
func transportError(err error, opts Options) (Status, string) {
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var recErr tls.RecordHeaderError
	var opErr *net.OpError
	switch {
	case strings.Contains(err.Error(), "TLS handshake timeout"): // (net/http's error has no type of its own)
		return Timeout, fmt.Sprintf("the TLS handshake did not finish within %s: the server took the connection but did not answer TLS", opts.handshakeTimeout())
	case errors.As(err, &opErr) && opErr.Op == "dial" && opErr.Timeout():
		return Timeout, fmt.Sprintf("could not connect within %s", dialTimeout)
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return Timeout, fmt.Sprintf("no answer within %s", opts.Timeout)
	case errors.As(err, &dnsErr):
		return Network, "DNS: " + dnsErr.Name + " cannot be resolved (" + dnsErr.Err + ")"
	case errors.Is(err, syscall.ECONNREFUSED):
		return Network, "connection refused: nothing listens there"
	case errors.As(err, &certErr), errors.As(err, &unknownCA), errors.As(err, &hostErr):
		return Network, "TLS: the server's certificate is not trusted: " + rootCause(err)
	case errors.As(err, &recErr):
		return Network, "TLS: the server did not answer TLS (is it plain http?)"
	}
	return Network, rootCause(err)
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func rootCause(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// sizeText says a byte count the way people do: 1 MiB, 64 KiB, 100 bytes.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
