package charts

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tree makes a directory layout under a temporary root: each path ending in
// "/" is a directory, any other a file holding "echarts" (or its name).
func tree(t *testing.T, paths ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, p := range paths {
		full := filepath.Join(root, filepath.FromSlash(p))
		if strings.HasSuffix(p, "/") {
			if err := os.MkdirAll(full, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("/* echarts */ "+p), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const bundle = "node_modules/echarts/dist/echarts.min.js"

func TestLocator(t *testing.T) {
	repo := tree(t,
		"repo/go.mod", "repo/"+bundle, "repo/notebooks/", "repo/pkg/charts/",
		"gonbtmp/go.mod", "elsewhere/deep/dir/",
		"custom/my-echarts.js",
	)
	at := func(p string) string { return filepath.Join(repo, filepath.FromSlash(p)) }
	tests := []struct {
		name string
		l    locator
		want string // "" means ErrNoECharts
	}{
		{"working directory is the module root", locator{wd: at("repo")}, at("repo/" + bundle)},
		{"walk up from a subdirectory", locator{wd: at("repo/notebooks")}, at("repo/" + bundle)},
		{"env wins", locator{env: at("custom/my-echarts.js"), wd: at("repo")}, at("custom/my-echarts.js")},
		{"env set but missing: no fallback", locator{env: at("custom/none.js"), wd: at("repo")}, ""},
		{"env is a directory", locator{env: at("custom"), wd: at("repo")}, ""},
		{"GoNB temp dir has its own go.mod: then the notebook dir", locator{wd: at("gonbtmp"), gonb: at("repo/notebooks")}, at("repo/" + bundle)},
		{"source directory as last resort", locator{wd: at("elsewhere/deep/dir"), source: at("repo/pkg/charts")}, at("repo/" + bundle)},
		{"stops at the module root", locator{wd: at("gonbtmp")}, ""},
		{"nothing anywhere", locator{wd: at("elsewhere/deep/dir")}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.l.find()
			if tc.want == "" {
				if !errors.Is(err, ErrNoECharts) {
					t.Fatalf("find() = %q, %v; want ErrNoECharts", got, err)
				}
				for _, hint := range []string{"make setup-js", "npm ci", EChartsEnv} {
					if !strings.Contains(err.Error(), hint) {
						t.Errorf("error %q does not mention %q", err, hint)
					}
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("find() = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestLocator_ListsPlacesSearched(t *testing.T) {
	root := tree(t, "a/b/", "a/go.mod")
	_, err := locator{wd: filepath.Join(root, "a", "b")}.find()
	want := filepath.Join(root, "a", "b") + ", " + filepath.Join(root, "a") + ")"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v does not list the directories searched", err)
	}
}

func TestLoadLibrary_Real(t *testing.T) {
	// The repository's own bundle, installed by make setup-js.
	lib, err := loadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(lib, []byte(`t.version="`+EChartsVersion+`"`)) {
		t.Errorf("bundle is not ECharts %s", EChartsVersion)
	}
	if !bytes.HasPrefix(lib, []byte("/* ECharts")) || !bytes.Contains(lib, []byte("(function (define, module, exports) {")) {
		t.Error("bundle is not wrapped")
	}
	if bytes.Contains(bytes.ToLower(lib), []byte("</script")) {
		t.Error("bundle can end its <script>")
	}
}

func TestLoadLibrary_NotECharts(t *testing.T) {
	root := tree(t)
	p := filepath.Join(root, "x.js")
	if err := os.WriteFile(p, []byte("alert(1)"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := loadLibraryFrom(locator{env: p}); !errors.Is(err, ErrNoECharts) {
		t.Errorf("a file that is not ECharts gave %v, want ErrNoECharts", err)
	}
}

func TestScriptSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{`a="</div>"`, `a="</div>"`},
		{`a="</script>"`, `a="<\/script>"`},
		{`a="</SCRIPT >"+"</Script"`, `a="<\/SCRIPT >"+"<\/Script"`},
		{`x="<!--"`, `x="<\!--"`},
		{`if(a<b)`, `if(a<b)`},
		{`<`, `<`},
		{`İ</script`, `İ<\/script`},
	}
	for _, tc := range tests {
		if got := string(scriptSafe([]byte(tc.in))); got != tc.want {
			t.Errorf("scriptSafe(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
