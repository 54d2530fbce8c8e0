// Package browsertest checks, in a real headless Chromium driven with
// chromedp, what a reader of this project's charts, reports and notebooks
// actually sees: that every chart element holds a drawn canvas, that the
// ECharts option behind it carries the figures of the facts table, that no
// page logs a console error, throws, opens a dialog or reaches the network.
//
// The harness (Browser, Page, the chart checks and the Jupyter server) is
// in the package's non-test files; the checks themselves are ordinary Go
// tests:
//
//	go test ./internal/browsertest          # every check (needs chromium)
//	go test -short ./internal/browsertest   # skips the browser checks
//	go test -run TestStandaloneCharts -v ./internal/browsertest
//
// The checks of the project:
//
//	TestStandaloneCharts  every page of `corpus charts` from file://
//	TestReports           every report of the report runner (make report)
//	TestNotebooks         every notebook, run in a live Jupyter Notebook
//	TestHostileCorpus*    article text carrying script and code markers
//
// and of the harness itself: TestHarness_*, TestChartsPackage,
// TestReports_Harness, TestJupyter_Harness. Each chart must hold an
// ECharts instance, a drawn canvas, and exactly the figures of the facts
// table (CheckFacts), and no page may log an error.
//
// Chromium is Debian's /usr/bin/chromium (override with $CHROMIUM), which
// `make setup-browser` installs. Without it the browser tests fail, except
// under -short, where they skip and say so.
//
// Each page allows only loopback (127.0.0.1, ::1, localhost), file:, data:,
// blob: and about: URLs. Every other request is intercepted and failed
// before it leaves the browser, and the test fails listing it; as a second
// fence Chromium runs with a proxy on a closed loopback port, so nothing
// that escapes interception reaches the network either.
//
// Screenshots of every check go to testdata/out/<TestName>/ (ignored by
// git), or to the test's artifact directory when go test runs with
// -artifacts.
package browsertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// DefaultChromium is where Debian's chromium package installs the browser.
const DefaultChromium = "/usr/bin/chromium"

// ErrNoChromium reports that no Chromium binary was found.
var ErrNoChromium = errors.New("browsertest: chromium not found; `make setup-browser` installs it")

// Chromium returns the path of the Chromium binary the tests use: $CHROMIUM
// when set, otherwise DefaultChromium. It returns ErrNoChromium, wrapped
// with the path it tried, when that file is not an executable.
func Chromium() (string, error) {
	path := os.Getenv("CHROMIUM")
	if path == "" {
		path = DefaultChromium
	}
	st, err := os.Stat(path)
	if err != nil || st.IsDir() || st.Mode()&0o111 == 0 {
		return "", fmt.Errorf("%w (looked for %s)", ErrNoChromium, path)
	}
	return path, nil
}

// SkipIfShort skips t under `go test -short`, saying what is skipped.
func SkipIfShort(t testing.TB, what string) {
	t.Helper()
	if testing.Short() {
		t.Skipf("skipped under -short: %s needs a real browser (run without -short, or `make test`)", what)
	}
}

// Browser is one headless Chromium process with a fresh profile, started
// for one test and stopped when it ends. Open pages in it with NewPage.
type Browser struct {
	ctx context.Context // the browser's first tab; parent of every page
}

// NewBrowser starts Chromium for t and stops it in t.Cleanup. Under -short
// it skips t; when Chromium is missing it fails t with the command that
// installs it.
func NewBrowser(t testing.TB) *Browser {
	t.Helper()
	SkipIfShort(t, t.Name())
	path, err := Chromium()
	if err != nil {
		t.Fatal(err)
	}
	// A fresh profile. Not t.TempDir: Chromium's helper processes may
	// still write to it for a moment after the browser exits, which fails
	// t.TempDir's removal; removeAll below retries instead.
	profile, err := os.MkdirTemp("", "browsertest-profile-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(profile),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-client-side-phishing-detection", true),
		// One renderer per page: frames stay in the tab whose requests are
		// intercepted.
		chromedp.Flag("disable-features", "site-per-process,IsolateOrigins,Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider"),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
		chromedp.Flag("mute-audio", true),
		// Second fence behind request interception: anything not on
		// loopback goes to a proxy on a port where nothing listens.
		// Chromium never proxies loopback addresses.
		chromedp.Flag("proxy-server", "http://127.0.0.1:9"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	// Run with no actions starts the browser and attaches its first tab.
	// Its context must be the browser's own: cancelling the context of
	// this first Run would close the browser.
	if err := chromedp.Run(bctx); err != nil {
		cancelBrowser()
		cancelAlloc()
		_ = removeAll(profile)
		t.Fatalf("browsertest: start %s: %v", path, err)
	}
	t.Cleanup(func() {
		cancelBrowser()
		cancelAlloc()
		if err := removeAll(profile); err != nil {
			t.Errorf("browsertest: remove profile: %v", err)
		}
	})
	return &Browser{ctx: bctx}
}

// removeAll removes dir, retrying for a few seconds while processes that
// are exiting still write into it.
func removeAll(dir string) error {
	var err error
	for range 30 {
		if err = os.RemoveAll(dir); err == nil {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return err
}
