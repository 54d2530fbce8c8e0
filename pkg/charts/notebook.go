package charts

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/janpfeifer/gonb/gonbui"
)

// Notebook says how charts are shown in a GoNB notebook. The zero value puts
// the ECharts library in every display output, so each output works on its
// own: in classic Jupyter Notebook (with RequireJS), in JupyterLab, in
// nbconvert HTML, after a reload and after re-running a cell. It costs about
// 1 MB of notebook per output; the browser runs the library only once.
type Notebook struct {
	// LibraryOnce puts the library only in the first output of a kernel
	// session. Notebooks get smaller, but when that output is lost (the page
	// reloaded before the notebook was saved) the later charts wait with a
	// message until the kernel is restarted and the notebook run again.
	LibraryOnce bool
}

// Display shows charts in the output of the running notebook cell with the
// zero Notebook. Outside a notebook it does nothing and returns nil.
func Display(charts ...*Chart) error { return Notebook{}.Display(charts...) }

// Display shows charts in the output of the running notebook cell and waits
// until the output has reached the notebook (gonbui.Sync), so that it is not
// lost when the cell ends. Outside a notebook it does nothing and returns
// nil. It fails with ErrNoECharts when the library cannot be found.
func (n Notebook) Display(charts ...*Chart) error {
	if !gonbui.IsNotebook {
		return nil
	}
	withLibrary := true
	marker := ""
	if n.LibraryOnce {
		if dir := os.Getenv("GONB_TMP_DIR"); dir != "" {
			marker = filepath.Join(dir, "newsroom-charts-echarts-"+EChartsVersion+".sent")
			if _, err := os.Stat(marker); err == nil {
				withLibrary = false
			}
		}
	}
	out, err := notebookHTML(charts, withLibrary)
	if err != nil {
		return err
	}
	gonbui.DisplayHTML(out)
	gonbui.Sync()
	if err := gonbui.Error(); err != nil {
		return err
	}
	if marker != "" && withLibrary {
		// Each cell runs as a new process; the kernel's directory remembers.
		if err := os.WriteFile(marker, nil, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// notebookHTML is the output Display sends: the runtime, the library when
// asked, and each chart's container and mounting script. Containers carry
// no id attribute, since a notebook can show one chart in several cells;
// the runtime finds each by data-chart-id.
func notebookHTML(charts []*Chart, withLibrary bool) (string, error) {
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	w.WriteString("<script>\n" + runtimeJS + "</script>\n")
	if withLibrary {
		lib, err := loadLibrary()
		if err != nil {
			return "", err
		}
		w.WriteString("<script>\n")
		w.Write(lib)
		w.WriteString("</script>\n")
	}
	for _, c := range charts {
		if c == nil {
			return "", errors.New("charts: Display: nil chart")
		}
		writeChart(w, c, c.id, false)
	}
	if err := w.Flush(); err != nil {
		return "", err
	}
	return sb.String(), nil
}
