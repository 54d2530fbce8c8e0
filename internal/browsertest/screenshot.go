package browsertest

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// OutDir returns the folder that keeps t's screenshots, creating it: t's
// artifact directory when go test runs with -artifacts, otherwise
// testdata/out/<TestName> in the package folder (git ignores it), emptied
// the first time a test run uses it so it holds only this run's files.
func OutDir(t testing.TB) string {
	t.Helper()
	if f := flag.Lookup("test.artifacts"); f != nil && f.Value.String() == "true" {
		return t.ArtifactDir()
	}
	dir := filepath.Join("testdata", "out", unsafeChars.ReplaceAllString(t.Name(), "_"))
	if _, done := cleared.LoadOrStore(dir, true); !done {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatalf("browsertest: clear %s: %v", dir, err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("browsertest: %v", err)
	}
	return dir
}

var (
	unsafeChars = regexp.MustCompile(`[^A-Za-z0-9._-]+`)
	cleared     sync.Map // dir -> true once emptied in this process
)

// Screenshot saves a PNG of the whole page as NN-name.png in OutDir(t),
// numbered in the order the page's screenshots are taken, and returns its
// path. A failure to capture fails t without stopping it.
func (p *Page) Screenshot(t testing.TB, name string) string {
	t.Helper()
	var png []byte
	if err := p.Run(DefaultTimeout, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Errorf("browsertest: screenshot %s: %v", name, err)
		return ""
	}
	return p.save(t, name, png)
}

// save writes a screenshot as NN-name.png in OutDir(t).
func (p *Page) save(t testing.TB, name string, png []byte) string {
	t.Helper()
	p.mu.Lock()
	p.shots++
	n := p.shots
	p.mu.Unlock()
	path := filepath.Join(OutDir(t), fmt.Sprintf("%02d-%s.png", n, unsafeChars.ReplaceAllString(name, "_")))
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Errorf("browsertest: %v", err)
		return ""
	}
	t.Logf("screenshot %s", path)
	return path
}

// ScreenshotElement saves a PNG of element index (from 0) of those
// matching selector, as Screenshot does. It scrolls the element into view
// first, so that it works inside scrolling containers (a notebook) too.
func (p *Page) ScreenshotElement(t testing.TB, name, selector string, index int) string {
	t.Helper()
	sel, _ := json.Marshal(selector)
	var box *struct{ X, Y, Width, Height float64 }
	js := fmt.Sprintf(`(() => { const el = document.querySelectorAll(%s)[%d];
  if (!el) return null;
  el.scrollIntoView({block: 'center', inline: 'nearest'});
  const r = el.getBoundingClientRect();
  return {X: r.left + window.scrollX, Y: r.top + window.scrollY, Width: r.width, Height: r.height}; })()`, sel, index)
	if err := p.Eval(js, &box); err != nil || box == nil || box.Width <= 0 || box.Height <= 0 {
		t.Errorf("browsertest: screenshot %s: element %d of %s not found or empty (%v)", name, index, selector, err)
		return ""
	}
	var png []byte
	err := p.Run(DefaultTimeout, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		png, err = page.CaptureScreenshot().WithFromSurface(true).
			WithClip(&page.Viewport{X: box.X, Y: box.Y, Width: box.Width, Height: box.Height, Scale: 1}).Do(ctx)
		return err
	}))
	if err != nil {
		t.Errorf("browsertest: screenshot %s: %v", name, err)
		return ""
	}
	return p.save(t, name, png)
}
