package main

import (
	"io"
	"net"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlaygroundServesAndStops(t *testing.T) {
	url, stop := startPlayground(t)
	resp, err := http.Get(url)
	require.NoError(t, err)
	page, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(page), "<title>qalint playground</title>")
	assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "connect-src 'self'")

	resp, err = http.Get(url + "qalint.wasm")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, "application/wasm", resp.Header.Get("Content-Type"))

	assert.Equal(t, exitOK, stop())
	_, err = http.Get(url)
	assert.Error(t, err, "stopped")
}

func TestPlaygroundUsage(t *testing.T) {
	_, stderr, code := qalint(t, "", "playground", "--listen", "8080")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `--listen "8080": address 8080: missing port in address (use HOST:PORT, e.g. 127.0.0.1:8080)`)

	_, stderr, code = qalint(t, "", "playground", "settings.json")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "playground takes no arguments")
}

// A non-loopback address is taken only when given, with a warning. The
// address here (TEST-NET-1) is on no interface, so nothing is opened.
func TestPlaygroundWarnsOffLoopback(t *testing.T) {
	_, stderr, code := qalint(t, "", "playground", "--listen", "192.0.2.1:0")
	assert.Contains(t, stderr, "qalint: warning: 192.0.2.1:0 is not a loopback address")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--listen 192.0.2.1:0: listen tcp 192.0.2.1:0:")
}

func TestIsLoopback(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1": true, "127.1.2.3": true, "::1": true, "localhost": true,
		"": false, "0.0.0.0": false, "::": false, "192.168.1.10": false, "example.com": false,
	} {
		assert.Equal(t, want, isLoopback(host), host)
	}
}

func TestBrowsable(t *testing.T) {
	assert.Equal(t, "localhost:8080", browsable(&net.TCPAddr{IP: net.IPv6zero, Port: 8080}))
	assert.Equal(t, "localhost:8080", browsable(&net.TCPAddr{IP: net.IPv4zero, Port: 8080}))
	assert.Equal(t, "127.0.0.1:8080", browsable(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}))
	assert.Equal(t, "[::1]:8080", browsable(&net.TCPAddr{IP: net.IPv6loopback, Port: 8080}))
}
