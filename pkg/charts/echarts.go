package charts

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// EChartsEnv names the environment variable that overrides where the
// ECharts library is read from. It holds the path of echarts.min.js.
const EChartsEnv = "ECHARTS_JS"

// EChartsVersion is the ECharts release this package is written for and that
// package-lock.json pins.
const EChartsVersion = "5.4.3"

// echartsRel is where npm puts the minified bundle, relative to the
// directory holding package.json.
var echartsRel = filepath.Join("node_modules", "echarts", "dist", "echarts.min.js")

// ErrNoECharts reports that the ECharts library could not be found. The
// wrapped error names the places searched and the command that installs it.
var ErrNoECharts = errors.New("charts: ECharts library not found")

// installHint is the command a user runs to get the library.
const installHint = `run "make setup-js" (or "npm ci") at the repository root, or set ` +
	EChartsEnv + ` to the path of echarts.min.js`

// locator finds the ECharts bundle. Its fields are the inputs of the search,
// so tests can point it at temporary directories.
type locator struct {
	env    string // value of $ECHARTS_JS; "" when unset
	wd     string // working directory
	gonb   string // $GONB_DIR: the notebook's directory under GoNB; "" otherwise
	source string // directory of this package's source files; "" when unknown
}

// defaultLocator reads the process environment.
func defaultLocator() locator {
	l := locator{env: os.Getenv(EChartsEnv), gonb: os.Getenv("GONB_DIR")}
	l.wd, _ = os.Getwd()
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		l.source = filepath.Dir(file)
	}
	return l
}

// find returns the path of echarts.min.js. $ECHARTS_JS wins and must exist.
// Otherwise it walks up from the working directory to the module root, then
// from the notebook directory (GoNB runs cells in a temporary directory),
// then from this package's source directory.
func (l locator) find() (string, error) {
	if l.env != "" {
		if st, err := os.Stat(l.env); err != nil || st.IsDir() {
			if err == nil {
				err = errors.New("is a directory")
			}
			return "", fmt.Errorf("%w: %s=%s: %v; %s", ErrNoECharts, EChartsEnv, l.env, err, installHint)
		}
		return l.env, nil
	}
	var tried []string
	for _, start := range []string{l.wd, l.gonb, l.source} {
		if start == "" {
			continue
		}
		if p, ok := walkUp(start, &tried); ok {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w (looked for %s in %s); %s",
		ErrNoECharts, echartsRel, strings.Join(tried, ", "), installHint)
}

// walkUp looks for the bundle in dir and its parents, stopping after the
// first directory that holds go.mod (the module root). It appends the
// directories it looked in to tried.
func walkUp(dir string, tried *[]string) (string, bool) {
	dir = filepath.Clean(dir)
	for {
		*tried = append(*tried, dir)
		p := filepath.Join(dir, echartsRel)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, true
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return "", false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// library is the ECharts bundle wrapped for inlining, cached by path.
var library struct {
	sync.Mutex
	path   string
	size   int64
	script []byte
}

// loadLibrary returns the ECharts bundle wrapped so that it defines
// window.echarts even on pages that run RequireJS (classic Jupyter Notebook):
// inside the wrapper define, module and exports are undefined, so the UMD
// header takes its browser-global branch. The result is safe to place in a
// <script> element.
func loadLibrary() ([]byte, error) {
	return loadLibraryFrom(defaultLocator())
}

func loadLibraryFrom(l locator) ([]byte, error) {
	path, err := l.find()
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("charts: read ECharts: %w", err)
	}
	library.Lock()
	defer library.Unlock()
	if library.path == path && library.size == st.Size() {
		return library.script, nil
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("charts: read ECharts: %w", err)
	}
	if !bytes.Contains(src, []byte("echarts")) {
		return nil, fmt.Errorf("%w: %s does not look like the ECharts bundle; %s", ErrNoECharts, path, installHint)
	}
	library.path, library.size, library.script = path, st.Size(), wrapLibrary(src)
	return library.script, nil
}

// wrapLibrary hides AMD and CommonJS from the UMD bundle, skips it when the
// page already has ECharts, and wakes charts that were waiting for it.
func wrapLibrary(src []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(src) + 512)
	b.WriteString("/* ECharts, Apache License 2.0; wrapped so it sets window.echarts even under RequireJS */\n")
	b.WriteString("(function (define, module, exports) {\nif (window.echarts) { return; }\n")
	b.Write(scriptSafe(src))
	b.WriteString("\n}).call(window);\nif (window.newsroomCharts) { window.newsroomCharts.flush(); }\n")
	return b.Bytes()
}

// scriptSafe rewrites the only sequences that could end or confuse a
// <script> element: "</script" and "<!--" (any case). The bundle holds
// them, if at all, inside strings, regular expressions or comments, where a
// backslash before the "/" or "!" does not change the meaning.
func scriptSafe(js []byte) []byte {
	var out []byte
	last := 0
	for i := bytes.IndexByte(js, '<'); i >= 0; {
		if asciiPrefixFold(js[i:], "</script") || asciiPrefixFold(js[i:], "<!--") {
			if out == nil {
				out = make([]byte, 0, len(js)+64)
			}
			out = append(out, js[last:i+1]...)
			out = append(out, '\\')
			last = i + 1
		}
		j := bytes.IndexByte(js[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if out == nil {
		return js
	}
	return append(out, js[last:]...)
}

// asciiPrefixFold reports whether b starts with prefix, ignoring ASCII case.
func asciiPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}
