package browsertest

import (
	"net"
	"net/url"
	"path/filepath"
	"strings"
)

// Allowed reports whether a page may load rawURL: file:, data:, blob: and
// about: URLs, and http(s) or ws(s) URLs whose host is a loopback address
// or "localhost". Everything else, including a URL that does not parse,
// is refused.
func Allowed(rawURL string) bool {
	u, err := url.Parse(rawURL)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "file":
		return u.Host == "" || u.Host == "localhost"
	case "data", "blob", "about":
		return true
	case "http", "https", "ws", "wss":
		host := u.Hostname()
		if strings.EqualFold(host, "localhost") {
			return true
		}
		ip := net.ParseIP(host)
		return ip != nil && ip.IsLoopback()
	}
	return false
}

// FileURL returns the file:// URL of path, made absolute first.
func FileURL(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(), nil
}
