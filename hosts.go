package main

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// checkAllowHost accepts HOST or HOST:PORT (an IPv6 address in brackets):
// a scheme, a path, a wildcard or an empty value would silently match
// nothing, or be read as something it is not.
func checkAllowHost(v string) error {
	host, port := v, ""
	if strings.Contains(v, ":") {
		h, p, err := net.SplitHostPort(v)
		if err != nil {
			return fmt.Errorf("--allow-host %q is not HOST or HOST:PORT", v)
		}
		host, port = h, p
	}
	if port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return fmt.Errorf("--allow-host %q: the port must be a number from 1 to 65535", v)
		}
	}
	if net.ParseIP(host) != nil {
		return nil
	}
	if host == "" || len(host) > 253 {
		return fmt.Errorf("--allow-host %q is not HOST or HOST:PORT", v)
	}
	for _, label := range strings.Split(strings.TrimSuffix(host, "."), ".") {
		if label == "" || len(label) > 63 || strings.Trim(label, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") != "" {
			return fmt.Errorf("--allow-host %q is not HOST or HOST:PORT (no scheme, path or wildcard: credentials go to exactly the host named)", v)
		}
	}
	return nil
}

// checkAPIBase accepts an http(s) base URL with a host and nothing a
// request path would be appended after: no query, fragment or userinfo.
func checkAPIBase(flag, v string) error {
	u, err := url.Parse(v)
	switch {
	case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
		return fmt.Errorf("%s %q is not an http(s) URL", flag, v)
	case u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(v, "#"):
		return fmt.Errorf("%s %q has a query or a fragment; give the API's base URL only", flag, v)
	case u.User != nil:
		return fmt.Errorf("%s %q has user:password@; the token is given with --token or the environment", flag, v)
	}
	return nil
}
